import { contentBounds, NOTE_HEIGHT, NOTE_WIDTH, type BoardItem } from '@coboard/shared'
import type { UiStore } from '../core/state/uiStore'
import {
  centreOn,
  fitRect,
  screenToBoard,
  stepZoom,
  zoomAround,
  type Insets,
  type Size,
} from '../core/state/viewport'

// Camera moves shared by the zoom buttons, the keyboard shortcuts and the first load. They read
// the UI store at call time, so they can run from event handlers without subscribing.

/**
 * The screen area the floating chrome covers (see topbar.css and zoom.css): the top bar, taller where it
 * wraps onto two rows on a phone, and the zoom controls at the bottom.
 */
export function chromeInsets(screen: Size): Insets {
  const phone = screen.width <= 520
  const top = Math.max(phone ? 140 : 96, topChromeBottom() + 16)
  return { top, right: phone ? 16 : 40, bottom: 76, left: phone ? 16 : 40 }
}

/** Marks chrome floating along the top (the stage bar) whose height varies: fitting keeps clear of it. */
export const CHROME_TOP_ATTR = 'data-chrome-top'

/** Where the chrome floating along the top of the board ends now, in screen pixels. */
export function topChromeBottom(): number {
  let bottom = 0
  for (const element of document.querySelectorAll(`[${CHROME_TOP_ATTR}]`)) {
    bottom = Math.max(bottom, element.getBoundingClientRect().bottom)
  }
  return bottom
}

/** Brings every item into view; an empty board is centred on its origin at 100%. */
export function fitToContent(ui: UiStore, items: Iterable<BoardItem>): void {
  const { screen, setViewport } = ui.getState()
  const bounds = contentBounds(items)
  setViewport(
    bounds
      ? fitRect(bounds, screen, chromeInsets(screen))
      : centreOn(NOTE_WIDTH / 2, NOTE_HEIGHT / 2, screen, 1),
  )
}

/** Below this, note text is too small to read on a phone. */
const MIN_READABLE_ZOOM = 0.5

/**
 * The first view of a board: everything, when that is still legible; otherwise the top-left of
 * the content at a readable zoom (a big board on a phone), leaving "Fit" one tap away.
 */
export function frameOnOpen(ui: UiStore, items: Iterable<BoardItem>): void {
  const all = [...items]
  fitToContent(ui, all)
  const { viewport, screen, setViewport } = ui.getState()
  const bounds = contentBounds(all)
  if (!bounds || viewport.zoom >= MIN_READABLE_ZOOM) return
  const insets = chromeInsets(screen)
  setViewport({
    zoom: MIN_READABLE_ZOOM,
    x: bounds.x - insets.left / MIN_READABLE_ZOOM,
    y: bounds.y - insets.top / MIN_READABLE_ZOOM,
  })
}

/** Zooms one preset step in or out around the middle of the screen. */
export function zoomStep(ui: UiStore, direction: 1 | -1): void {
  const { viewport, screen, setViewport } = ui.getState()
  setViewport(
    zoomAround(viewport, stepZoom(viewport.zoom, direction), screen.width / 2, screen.height / 2),
  )
}

/** Zooms to an exact factor around the middle of the screen. */
export function zoomTo(ui: UiStore, zoom: number): void {
  const { viewport, screen, setViewport } = ui.getState()
  setViewport(zoomAround(viewport, zoom, screen.width / 2, screen.height / 2))
}

/** The board point in the middle of the screen. */
export function screenCentre(ui: UiStore) {
  const { viewport, screen } = ui.getState()
  return screenToBoard(viewport, screen.width / 2, screen.height / 2)
}
