import { contentBounds, itemBounds, type BoardItem, type Bounds } from '@coboard/shared'
import type { UiStore } from '../core/state/uiStore'
import { fitRect, intersects, visibleRect } from '../core/state/viewport'
import { chromeInsets } from './camera'

/**
 * Brings a new card's `bounds` into view with the cards already in view, by zooming out as far
 * as needed rather than panning: a pan would slide the cards at the top under the bars. Does
 * nothing while the card is already on screen.
 */
export function revealAmongCards(ui: UiStore, items: Iterable<BoardItem>, bounds: Bounds): void {
  const { viewport, screen, setViewport } = ui.getState()
  const view = visibleRect(viewport, screen)
  const inside =
    bounds.x >= view.x &&
    bounds.y >= view.y &&
    bounds.x + bounds.width <= view.x + view.width &&
    bounds.y + bounds.height <= view.y + view.height
  if (inside) return
  const inView = [...items].filter((item) => intersects(itemBounds(item), view))
  const cards = contentBounds(inView)
  const all = cards ? union(cards, bounds) : bounds
  const insets = chromeInsets(screen)
  const fitted = fitRect(all, screen, insets)
  if (fitted.zoom < viewport.zoom) {
    setViewport(fitted)
    return
  }
  // It fits at this zoom: centre it all in the clear area without magnifying.
  const { zoom } = viewport
  const centreX = insets.left + (screen.width - insets.left - insets.right) / 2
  const centreY = insets.top + (screen.height - insets.top - insets.bottom) / 2
  setViewport({
    zoom,
    x: all.x + all.width / 2 - centreX / zoom,
    y: all.y + all.height / 2 - centreY / zoom,
  })
}

function union(a: Bounds, b: Bounds): Bounds {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  const right = Math.max(a.x + a.width, b.x + b.width)
  const bottom = Math.max(a.y + a.height, b.y + b.height)
  return { x, y, width: right - x, height: bottom - y }
}
