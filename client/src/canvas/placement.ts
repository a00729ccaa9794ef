import { NOTE_HEIGHT, NOTE_WIDTH } from '@coboard/shared'
import { intersects, type Rect } from '../core/state/viewport'

const GAP = 24
const MAX_RING = 6

/**
 * Where a new note goes when its creator did not point at a spot: the free grid cell closest to
 * `centre`, so pressing "Add note" several times tiles notes instead of stacking them.
 */
export function findFreeSpot(
  items: Iterable<{ readonly x: number; readonly y: number }>,
  centre: { x: number; y: number },
) {
  const origin = { x: centre.x - NOTE_WIDTH / 2, y: centre.y - NOTE_HEIGHT / 2 }
  const stepX = NOTE_WIDTH + GAP
  const stepY = NOTE_HEIGHT + GAP
  const reach: Rect = {
    x: origin.x - stepX * (MAX_RING + 1),
    y: origin.y - stepY * (MAX_RING + 1),
    width: stepX * (MAX_RING * 2 + 3),
    height: stepY * (MAX_RING * 2 + 3),
  }
  const nearby: Rect[] = []
  for (const item of items) {
    const rect = { x: item.x, y: item.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    if (intersects(rect, reach)) nearby.push(rect)
  }
  for (const [dx, dy] of ringOffsets()) {
    // The candidate keeps half a gap clear on each side, so neighbours never touch.
    const candidate = {
      x: origin.x + dx * stepX - GAP / 2,
      y: origin.y + dy * stepY - GAP / 2,
      width: NOTE_WIDTH + GAP,
      height: NOTE_HEIGHT + GAP,
    }
    if (!nearby.some((rect) => intersects(rect, candidate))) {
      return { x: Math.round(candidate.x + GAP / 2), y: Math.round(candidate.y + GAP / 2) }
    }
  }
  // The area is full: cascade off the centre so the new note is at least visibly separate.
  return { x: Math.round(origin.x + GAP), y: Math.round(origin.y + GAP) }
}

/** Grid offsets around (0, 0), nearest first, right before left, above before below. */
function ringOffsets(): [number, number][] {
  const offsets: [number, number][] = []
  for (let dy = -MAX_RING; dy <= MAX_RING; dy++) {
    for (let dx = -MAX_RING; dx <= MAX_RING; dx++) offsets.push([dx, dy])
  }
  // Rows read better than columns: a step sideways counts as nearer than a step up or down.
  const distance = ([dx, dy]: [number, number]) =>
    Math.hypot(dx * (NOTE_WIDTH + GAP), dy * (NOTE_HEIGHT + GAP) * 1.5)
  return offsets.sort((a, b) => distance(a) - distance(b) || b[0] - a[0] || a[1] - b[1])
}
