import type { Bounds } from '@coboard/shared'
import type { UiStore } from '../core/state/uiStore'

/** Screen pixels kept clear of the floating chrome (top bar, zoom controls) when revealing. */
const MARGIN = { top: 96, right: 40, bottom: 80, left: 40 }

/**
 * Pans the camera just enough that `bounds` is fully on screen, without changing the zoom: a
 * card made beside a note near the edge would otherwise be created, focused and unseen.
 */
export function revealBounds(ui: UiStore, bounds: Bounds): void {
  const { viewport, screen, setViewport } = ui.getState()
  const { zoom } = viewport
  const left = viewport.x + MARGIN.left / zoom
  const top = viewport.y + MARGIN.top / zoom
  const right = viewport.x + (screen.width - MARGIN.right) / zoom
  const bottom = viewport.y + (screen.height - MARGIN.bottom) / zoom
  const dx =
    bounds.x + bounds.width > right
      ? Math.min(bounds.x + bounds.width - right, bounds.x - left)
      : Math.min(0, bounds.x - left)
  const dy =
    bounds.y + bounds.height > bottom
      ? Math.min(bounds.y + bounds.height - bottom, bounds.y - top)
      : Math.min(0, bounds.y - top)
  if (dx !== 0 || dy !== 0) setViewport({ ...viewport, x: viewport.x + dx, y: viewport.y + dy })
}
