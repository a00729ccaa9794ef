import type { Bounds, Summon } from '@coboard/shared'
import { centreOn, clampZoom, type Size, type Viewport } from '../../core/state/viewport'

/** Notes are never blown up past this: a single note should not fill the wall. */
const MAX_ZOOM = 1.6
/** Room kept around the content, in screen pixels. */
const PADDING = 56

/** The camera that shows all of `bounds` as large as fits, centred; the origin when empty. */
export function fitForProjector(bounds: Bounds | null, screen: Size): Viewport {
  if (!bounds) return centreOn(0, 0, screen, 1)
  const width = Math.max(1, screen.width - PADDING * 2)
  const height = Math.max(1, screen.height - PADDING * 2)
  const zoom = clampZoom(Math.min(width / bounds.width, height / bounds.height, MAX_ZOOM))
  return centreOn(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, screen, zoom)
}

/** The camera a facilitator's summon asks for: their view's centre at their zoom. */
export function summonedView(summon: Summon, screen: Size): Viewport {
  return centreOn(summon.x, summon.y, screen, clampZoom(summon.zoom))
}

/**
 * Whether moving from `current` to `next` is worth it. Small changes (a note nudged inside the
 * frame) are ignored, so the wall does not breathe every time someone types.
 */
export function isWorthMoving(current: Viewport, next: Viewport, screen: Size): boolean {
  if (Math.abs(next.zoom / current.zoom - 1) > 0.04) return true
  const dx =
    (next.x + screen.width / 2 / next.zoom - (current.x + screen.width / 2 / current.zoom)) *
    next.zoom
  const dy =
    (next.y + screen.height / 2 / next.zoom - (current.y + screen.height / 2 / current.zoom)) *
    next.zoom
  return Math.hypot(dx, dy) > 24
}
