import type { UiStore } from '../core/state/uiStore'
import { chromeInsets } from './camera'

/**
 * Pans the camera the least it takes for a card that has just taken the keyboard focus to sit
 * in the clear: below the bars along the top, above the zoom and undo controls, inside the
 * window's sides. A pointer user moves the camera themselves; someone tabbing through the cards
 * would otherwise land on cards hidden under a bar, most of them at 200% zoom.
 */
export function keepInSight(ui: UiStore, card: Element): void {
  const { viewport, screen, setViewport } = ui.getState()
  const box = card.getBoundingClientRect()
  const clear = chromeInsets(screen)
  const right = screen.width - clear.right
  const bottom = screen.height - clear.bottom
  // Negative moves the card down or right on screen; a card taller than the clear space keeps
  // its top in sight, where its words start.
  const dy =
    box.top < clear.top
      ? box.top - clear.top
      : box.bottom > bottom
        ? Math.min(box.bottom - bottom, box.top - clear.top)
        : 0
  const dx =
    box.left < clear.left
      ? box.left - clear.left
      : box.right > right
        ? Math.min(box.right - right, box.left - clear.left)
        : 0
  if (dx === 0 && dy === 0) return
  setViewport({
    ...viewport,
    x: viewport.x + dx / viewport.zoom,
    y: viewport.y + dy / viewport.zoom,
  })
}
