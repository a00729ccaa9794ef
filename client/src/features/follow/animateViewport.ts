import type { UiStore } from '../../core/state/uiStore'
import type { Viewport } from '../../core/state/viewport'

/** Viewports this module has set, so a follower can tell its own moves from the person's. */
const ours = new WeakSet<Viewport>()

/** Whether `viewport` was set by an animation here rather than by the person panning. */
export const isAnimatedViewport = (viewport: Viewport): boolean => ours.has(viewport)

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * Glides the camera to `target` over `ms` (ease-out), zooming in log space so a big zoom change
 * feels even. Jumps at once for people who ask for less motion. Returns a cancel function.
 */
export function animateViewport(ui: UiStore, target: Viewport, ms: number): () => void {
  const set = (viewport: Viewport) => {
    ours.add(viewport)
    ui.getState().setViewport(viewport)
  }
  const from = ui.getState().viewport
  if (ms <= 0 || prefersReducedMotion()) {
    set({ ...target })
    return () => {}
  }
  const start = performance.now()
  let frame = requestAnimationFrame(function step(now) {
    const t = Math.min(1, (now - start) / ms)
    const eased = 1 - Math.pow(1 - t, 3)
    const zoom = Math.exp(
      Math.log(from.zoom) + (Math.log(target.zoom) - Math.log(from.zoom)) * eased,
    )
    set({
      x: from.x + (target.x - from.x) * eased,
      y: from.y + (target.y - from.y) * eased,
      zoom,
    })
    if (t < 1) frame = requestAnimationFrame(step)
  })
  return () => cancelAnimationFrame(frame)
}
