import {
  contentBounds,
  findFreeSpot,
  itemBounds,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  type BoardItem,
  type Point,
  type StageId,
} from '@coboard/shared'

/** Space left between a new stage's first note and what the board already holds. */
const STAGE_GAP = 160

/**
 * Where a card written away from the canvas (on a phone, in the outline) goes, a note unless
 * `size` says otherwise: beside the cards
 * of the same stage, in the nearest free place (shared placement rule), so a stage's ideas stay
 * together on the wall without covering any card. The first note of a stage starts a new row
 * below everything else; on an empty board, the origin.
 */
export function placeNoteForStage(
  items: Iterable<BoardItem>,
  stageId: StageId | null,
  size: { readonly width: number; readonly height: number } = {
    width: NOTE_WIDTH,
    height: NOTE_HEIGHT,
  },
): Point {
  const all = [...items]
  const taken = all.map(itemBounds)
  const stageBounds = contentBounds(
    all.filter((item) => item.kind !== 'cluster' && item.stageId === stageId),
  )
  if (stageBounds) {
    const near = {
      x: stageBounds.x + stageBounds.width / 2 - size.width / 2,
      y: stageBounds.y + stageBounds.height / 2 - size.height / 2,
    }
    return findFreeSpot({ ...size, near, taken })
  }
  const everything = contentBounds(all)
  if (!everything) return { x: 0, y: 0 }
  const near = { x: everything.x, y: everything.y + everything.height + STAGE_GAP }
  return findFreeSpot({ ...size, near, taken })
}
