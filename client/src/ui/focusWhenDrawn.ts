/** How many frames to wait for the element before giving up: about a second. */
const MAX_FRAMES = 60

/**
 * Focuses the element matching `selector` once it is on the page, checking each frame for about
 * a second: for an action whose own button goes away and whose result the next render draws.
 */
export function focusWhenDrawn(selector: string): void {
  let frames = 0
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector)
    if (element) return element.focus()
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}
