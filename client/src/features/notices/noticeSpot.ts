// Where on the screen the notice goes: a few fixed spots, tried in order, and the first that
// covers nothing the person is working with wins. Pure geometry, so it is tested without a page.

/** A spot for the notice: centred at the bottom, in a bottom corner, or centred at the top. */
export type NoticeSpot = 'bottom' | 'bottom-end' | 'bottom-start' | 'top'

/** A rectangle in screen pixels, like a DOMRect. */
export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** The area the notice sits in and the gaps it keeps from its edges (they clear fixed chrome). */
export interface NoticeArea {
  readonly bounds: Box
  /** Above the bottom spot: clears nothing, or the undo and zoom row on a narrow screen. */
  readonly bottom: number
  /** Above the corner spots: clears the undo and zoom controls in those corners. */
  readonly raised: number
  /** Below the top spot: clears the top bar. */
  readonly top: number
  /** Beside the corner spots, and the least room on either side of a centred one. */
  readonly side: number
}

/** Where the notice of `size` would be in `spot`. */
export function spotBox(
  spot: NoticeSpot,
  area: NoticeArea,
  size: { readonly width: number; readonly height: number },
): Box {
  const { bounds } = area
  const centre = (bounds.left + bounds.right) / 2
  const left =
    spot === 'bottom-start'
      ? bounds.left + area.side
      : spot === 'bottom-end'
        ? bounds.right - area.side - size.width
        : centre - size.width / 2
  const top =
    spot === 'top'
      ? bounds.top + area.top
      : bounds.bottom - (spot === 'bottom' ? area.bottom : area.raised) - size.height
  return { left, top, right: left + size.width, bottom: top + size.height }
}

/**
 * The first of `order` where the notice covers none of `avoid` (the note being edited, the
 * toolbars); when every spot covers something, the one that covers least.
 */
export function chooseNoticeSpot(
  order: readonly NoticeSpot[],
  area: NoticeArea,
  size: { readonly width: number; readonly height: number },
  avoid: readonly Box[],
): NoticeSpot {
  let best = order[0]
  let leastCovered = Infinity
  for (const spot of order) {
    const box = spotBox(spot, area, size)
    const covered = avoid.reduce((sum, other) => sum + overlap(box, other), 0)
    if (covered === 0) return spot
    if (covered < leastCovered) {
      best = spot
      leastCovered = covered
    }
  }
  return best
}

/** The area two boxes share, in square pixels. */
function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return width > 0 && height > 0 ? width * height : 0
}
