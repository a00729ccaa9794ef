import {
  contentBounds,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  type BoardItem,
  type StageId,
} from '@coboard/shared'
import { findFreeSpot } from './placement'

/** Space left between a new stage's first note and what the board already holds. */
const STAGE_GAP = 160

/**
 * Where a note written away from the canvas (on a phone, in the outline) goes: beside the notes
 * of the same stage, in the nearest free cell, so a stage's ideas stay together on the wall. The
 * first note of a stage starts a new row below everything else; on an empty board, the origin.
 */
export function placeNoteForStage(
  items: Iterable<BoardItem>,
  stageId: StageId | null,
): { x: number; y: number } {
  const all = [...items]
  const sameStage = all.filter((item) => item.kind === 'note' && item.stageId === stageId)
  const stageBounds = contentBounds(sameStage)
  if (stageBounds) {
    const centre = {
      x: stageBounds.x + stageBounds.width / 2,
      y: stageBounds.y + stageBounds.height / 2,
    }
    return findFreeSpot(all, centre)
  }
  const everything = contentBounds(all)
  if (!everything) return { x: 0, y: 0 }
  const centre = {
    x: everything.x + NOTE_WIDTH / 2,
    y: everything.y + everything.height + STAGE_GAP + NOTE_HEIGHT / 2,
  }
  return findFreeSpot(all, centre)
}
