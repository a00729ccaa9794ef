import type { Bounds, ItemId } from '@coboard/shared'
import type { UiStore } from '../core/state/uiStore'

/** Below this zoom a card's words are too small to read, so showing one zooms in to it. */
const READABLE_ZOOM = 0.8

/**
 * Centres the camera on an item in the part of the board that the side panels leave visible,
 * and selects it: "where is this outcome on the board?" from the framework table.
 */
export function showOnBoard(ui: UiStore, bounds: Bounds, id: ItemId): void {
  const { viewport, screen, setViewport, select } = ui.getState()
  const zoom = Math.max(viewport.zoom, READABLE_ZOOM)
  const dock = document.querySelector('.side-dock > *')?.getBoundingClientRect()
  const clearWidth = dock ? Math.max(240, dock.left) : screen.width
  setViewport({
    zoom,
    x: bounds.x + bounds.width / 2 - clearWidth / 2 / zoom,
    y: bounds.y + bounds.height / 2 - screen.height / 2 / zoom,
  })
  select(id)
}
