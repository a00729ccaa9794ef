import type { Bounds } from './geometry'

// Where a new card goes so that it covers nothing: a pure rule over rectangles, shared by every
// way a card is made (the board's buttons, a reframe beside its note, the phone, the outline,
// Tidy), so the board, the projector and the exported picture never show one card hiding another.

/** Space kept between a placed card and everything around it, in board units. */
export const PLACEMENT_GAP = 24

/** How many of the nearest rectangles lend their edges as candidate places (bounds the work). */
const NEAREST_EDGES = 60
/** A step up or down counts this much more than one sideways: rows read better than columns. */
const VERTICAL_COST = 1.5

export interface Point {
  readonly x: number
  readonly y: number
}

/** Where a screen lets new cards land: what it shows, and the chrome floating over that. */
export interface PlacementArea {
  /** The visible board, in board units. */
  readonly area: Bounds
  /** Bars and panels over it, kept clear of like cards. */
  readonly chrome: readonly Bounds[]
}

export interface FreeSpotRequest {
  /** The size of the card to place. */
  readonly width: number
  readonly height: number
  /** Where its top-left corner would go on an empty board; the spot chosen is the free one nearest it. */
  readonly near: Point
  /** Every rectangle to keep clear of: the cards already there, and chrome over the board. */
  readonly taken: Iterable<Bounds>
  /** Where the card should be (the visible board less the bars and panels); outside only when it is full. */
  readonly area?: Bounds
  /** Space to keep around the card; PLACEMENT_GAP unless given. */
  readonly gap?: number
}

/**
 * The top-left corner, in whole board units, of a spot where a card of the given size covers
 * none of `taken` (keeping `gap` clear): inside `area` when any such spot is there, otherwise the
 * nearest one outside it, and at worst below everything. Among free spots the one nearest `near`
 * wins, a step sideways counting as nearer than one up or down; ties go right before left and
 * up before down, so every device computes the same spot.
 */
export function findFreeSpot(request: FreeSpotRequest): Point {
  const { width, height, near, area } = request
  const gap = request.gap ?? PLACEMENT_GAP
  const taken = [...request.taken]
  const isFree = (x: number, y: number) =>
    taken.every(
      (rect) =>
        x + width + gap <= rect.x ||
        rect.x + rect.width + gap <= x ||
        y + height + gap <= rect.y ||
        rect.y + rect.height + gap <= y,
    )
  const fitsArea = (x: number, y: number) =>
    !area ||
    (x >= area.x &&
      y >= area.y &&
      x + width <= area.x + area.width &&
      y + height <= area.y + area.height)

  const start = { x: Math.round(near.x), y: Math.round(near.y) }
  if (fitsArea(start.x, start.y) && isFree(start.x, start.y)) return start

  const candidates = candidatePlaces(request, taken, gap)
  const inside = candidates.find((spot) => fitsArea(spot.x, spot.y) && isFree(spot.x, spot.y))
  if (inside) return inside
  const anywhere = candidates.find((spot) => isFree(spot.x, spot.y))
  if (anywhere) return anywhere
  const bottom = Math.max(...taken.map((rect) => rect.y + rect.height))
  return { x: start.x, y: Math.round(bottom + gap) }
}

/** Places worth trying, nearest first: beside, above and below the nearest rectangles, and the area's edges. */
function candidatePlaces(request: FreeSpotRequest, taken: readonly Bounds[], gap: number): Point[] {
  const { width, height, near, area } = request
  const distanceTo = (rect: Bounds) =>
    Math.hypot(rect.x + rect.width / 2 - near.x, rect.y + rect.height / 2 - near.y)
  const nearest = [...taken].sort((a, b) => distanceTo(a) - distanceTo(b)).slice(0, NEAREST_EDGES)
  const xs = new Set([near.x])
  const ys = new Set([near.y])
  for (const rect of nearest) {
    xs.add(rect.x + rect.width + gap)
      .add(rect.x - gap - width)
      .add(rect.x)
    ys.add(rect.y + rect.height + gap)
      .add(rect.y - gap - height)
      .add(rect.y)
  }
  if (area) {
    // Rounded inwards, so a spot on the area's edge stays inside it.
    xs.add(Math.ceil(area.x)).add(Math.floor(area.x + area.width - width))
    ys.add(Math.ceil(area.y)).add(Math.floor(area.y + area.height - height))
  }
  const places: { x: number; y: number; cost: number }[] = []
  for (const rawX of xs) {
    for (const rawY of ys) {
      const x = Math.round(rawX)
      const y = Math.round(rawY)
      places.push({ x, y, cost: Math.hypot(x - near.x, (y - near.y) * VERTICAL_COST) })
    }
  }
  places.sort((a, b) => a.cost - b.cost || b.x - a.x || a.y - b.y)
  return places.map(({ x, y }) => ({ x, y }))
}
