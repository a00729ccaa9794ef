import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  OUTCOME_HEIGHT,
  OUTCOME_WIDTH,
  REFRAME_HEIGHT,
  REFRAME_WIDTH,
  type BoardItem,
} from './schema'

/** A rectangle in board units. */
export interface Bounds {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The rectangle an item occupies on the board; every view, export and fit uses this. */
export function itemBounds(item: BoardItem): Bounds {
  switch (item.kind) {
    case 'note':
      return { x: item.x, y: item.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    case 'reframe':
      return { x: item.x, y: item.y, width: REFRAME_WIDTH, height: REFRAME_HEIGHT }
    case 'outcome':
      return { x: item.x, y: item.y, width: OUTCOME_WIDTH, height: OUTCOME_HEIGHT }
    case 'cluster':
      return { x: item.x, y: item.y, width: item.width, height: item.height }
  }
}

/** The smallest rectangle around all `items`, or null when there are none. */
export function contentBounds(items: Iterable<BoardItem>): Bounds | null {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const item of items) {
    const b = itemBounds(item)
    left = Math.min(left, b.x)
    top = Math.min(top, b.y)
    right = Math.max(right, b.x + b.width)
    bottom = Math.max(bottom, b.y + b.height)
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top }
}
