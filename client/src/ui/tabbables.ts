const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]'

/** The elements inside `root` that Tab stops at, in the order Tab visits them (document order). */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.closest('[inert]') &&
      element.checkVisibility({ visibilityProperty: true }),
  )
}

/** The first Tab stop after `element` (and after its own contents) that is not inside `skip`. */
export function tabbableAfter(element: Element, skip: Element): HTMLElement | null {
  return (
    tabbables().find(
      (candidate) =>
        !element.contains(candidate) &&
        !skip.contains(candidate) &&
        element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
    ) ?? null
  )
}

/**
 * Keeps Tab and Shift+Tab inside `container`, wrapping from its last stop to its first and back:
 * a modal's own trap, as the browser's lets the focus leave for its toolbar after the last stop.
 */
export function wrapTab(event: KeyboardEvent, container: Element): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
  const stops = tabbables(container)
  if (stops.length === 0) return
  const first = stops[0]
  const last = stops[stops.length - 1]
  const active = document.activeElement
  const inside = active !== null && container.contains(active)
  if (event.shiftKey && (!inside || active === first || !stops.includes(active as HTMLElement))) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault()
    first.focus()
  }
}
