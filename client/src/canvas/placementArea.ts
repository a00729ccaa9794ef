import type { Bounds, PlacementArea } from '@coboard/shared'
import type { UiStore } from '../core/state/uiStore'
import { screenToBoard } from '../core/state/viewport'

/** The floating chrome a new card must not land under: the bars, open side panels, the zoom and undo. */
const CHROME = '.topbar-panel, .stagebar-panel, .side-panel, .zoom, .undo-controls'
/** Screen pixels kept clear inside the window's edges. */
const EDGE = 24
/**
 * Screen pixels kept clear below chrome: a selected card's toolbar floats above the card, and
 * would otherwise slide under the bar the card sits just beneath.
 */
const TOOLBAR_ROOM = 56

/**
 * Measures the visible board and the chrome floating over it now (their sizes change with the
 * stage, the panels open and the window), so a new card lands where its maker can see it.
 */
export function measurePlacementArea(ui: UiStore): PlacementArea {
  const { viewport, screen } = ui.getState()
  const canvas = document.querySelector('.board-canvas')?.getBoundingClientRect()
  const toBoard = (left: number, top: number, right: number, bottom: number): Bounds => {
    const start = screenToBoard(viewport, left - (canvas?.left ?? 0), top - (canvas?.top ?? 0))
    const end = screenToBoard(viewport, right - (canvas?.left ?? 0), bottom - (canvas?.top ?? 0))
    return { x: start.x, y: start.y, width: end.x - start.x, height: end.y - start.y }
  }
  const chrome: Bounds[] = []
  for (const element of document.querySelectorAll(CHROME)) {
    const box = element.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) continue
    chrome.push(toBoard(box.left, box.top, box.right, box.bottom + TOOLBAR_ROOM))
  }
  const left = canvas?.left ?? 0
  const top = canvas?.top ?? 0
  const area = toBoard(
    left + EDGE,
    top + EDGE,
    left + screen.width - EDGE,
    top + screen.height - EDGE,
  )
  return { area, chrome }
}
