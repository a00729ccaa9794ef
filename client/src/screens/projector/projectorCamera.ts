import type { Bounds, Summon } from '@coboard/shared'
import { centreOn, clampZoom, type Size, type Viewport } from '../../core/state/viewport'

/**
 * The smallest zoom at which the wall is read from the back of the room: the smallest note text
 * on the projector (15 board px, projector.css) then shows at 20 px or more, side tags (12) at 16.
 * No larger than that needs: at 1920 × 1080 it fits four notes placed side by side (PLACEMENT_GAP
 * apart) on one page, where 1.35 fitted three.
 */
export const READABLE_ZOOM = 1.34
/** A spotlighted card's zoom at least: its text at 40 px or more. */
export const SPOTLIGHT_ZOOM = 2.7
/** Notes are never blown up past this while framing the room's work. */
const MAX_ZOOM = 1.6
/** A spotlighted card is shown as large as fits, up to this. */
export const SPOTLIGHT_MAX_ZOOM = 3.6
/** Room kept around the content, in screen pixels. */
const PADDING = 40

/** How large the framing may make things: never below `min` (it pages instead), never above `max`. */
export interface ZoomRange {
  readonly min: number
  readonly max: number
}

/** The framing of the room's work: readable, and no larger than a note needs. */
export const WORK_ZOOM: ZoomRange = { min: READABLE_ZOOM, max: MAX_ZOOM }
/** The framing of a spotlight: as large as fits, and readable. */
export const SPOTLIGHT_RANGE: ZoomRange = { min: READABLE_ZOOM, max: SPOTLIGHT_MAX_ZOOM }

/** The camera that shows all of `bounds` as large as fits, centred; the origin when empty. */
export function fitForProjector(bounds: Bounds | null, screen: Size, maxZoom = MAX_ZOOM): Viewport {
  if (!bounds) return centreOn(0, 0, screen, 1)
  const zoom = clampZoom(Math.min(fitZoom(bounds, screen), maxZoom))
  return centreOn(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, screen, zoom)
}

/** One page of the wall: where the camera goes, and the cards it is there to show whole. */
export interface ProjectorPage<T extends Bounds> {
  readonly view: Viewport
  readonly cards: readonly T[]
}

/**
 * The pages that show every one of `cards` whole at a zoom within `range`: one page fitting
 * `frame` (by default the cards' own bounds) when it fits at `range.min` or more; otherwise as
 * few pages at `range.min` as reading order allows (bands from top to bottom, each cut left to
 * right), every page centred on its own cards. Nothing is shrunk below `range.min` to fit.
 */
export function pagesForProjector<T extends Bounds>(
  cards: readonly T[],
  screen: Size,
  range: ZoomRange = WORK_ZOOM,
  frame: Bounds | null = union(cards),
): ProjectorPage<T>[] {
  if (!frame) return [{ view: centreOn(0, 0, screen, 1), cards: [] }]
  if (cards.length === 0 || fitZoom(frame, screen) >= range.min) {
    return [{ view: fitForProjector(frame, screen, range.max), cards }]
  }
  const zoom = clampZoom(range.min)
  const width = usable(screen.width) / zoom
  const height = usable(screen.height) / zoom
  const pages: ProjectorPage<T>[] = []
  const left = [...cards].sort((a, b) => a.y - b.y || a.x - b.x)
  while (left.length > 0) {
    // A band starts at the top of the highest card left and holds the cards wholly inside it.
    const top = left[0].y
    const band = left.filter((card) => card.y + card.height <= top + height || card === left[0])
    band.sort((a, b) => a.x - b.x)
    while (band.length > 0) {
      const start = band[0].x
      const page = band.filter((card) => card.x + card.width <= start + width || card === band[0])
      const bounds = union(page) as Bounds
      const view = centreOn(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, screen, zoom)
      pages.push({ view, cards: page })
      for (const card of page) {
        band.splice(band.indexOf(card), 1)
        left.splice(left.indexOf(card), 1)
      }
    }
  }
  return pages
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

function usable(length: number): number {
  return Math.max(1, length - PADDING * 2)
}

function fitZoom(bounds: Bounds, screen: Size): number {
  return Math.min(usable(screen.width) / bounds.width, usable(screen.height) / bounds.height)
}

function union(cards: readonly Bounds[]): Bounds | null {
  if (cards.length === 0) return null
  const left = Math.min(...cards.map((card) => card.x))
  const top = Math.min(...cards.map((card) => card.y))
  const right = Math.max(...cards.map((card) => card.x + card.width))
  const bottom = Math.max(...cards.map((card) => card.y + card.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}
