import { hasConsent } from '../consent'
import { isHiddenFrom } from '../visibility'
import type { BoardItem, BoardSnapshot, ItemId } from '../schema'

/**
 * The board as every export may see it: notes marked "keep out of export" are gone, with the
 * dots cast on them, so no tally, count or cluster can hint at what they said.
 */
export function withoutKeptOut(board: BoardSnapshot): BoardSnapshot {
  return withoutItems(board, (item) => hasConsent(item) && item.consent === 'room-only')
}

/**
 * The board as a report may show it: also without private notes whose stage has not been
 * revealed, because the room has not seen them yet (a viewer of null sees nobody's own notes).
 */
export function reportableBoard(board: BoardSnapshot): BoardSnapshot {
  return withoutItems(
    board,
    (item) =>
      (hasConsent(item) && item.consent === 'room-only') || isHiddenFrom(item, null, board.stages),
  )
}

function withoutItems(board: BoardSnapshot, drop: (item: BoardItem) => boolean): BoardSnapshot {
  const dropped = new Set<ItemId>()
  const items = new Map<ItemId, BoardItem>()
  for (const [id, item] of board.items) {
    if (drop(item)) dropped.add(id)
    else items.set(id, item)
  }
  if (dropped.size === 0) return board
  // A reframe keeps its words, but no longer points at the note that left the export.
  for (const [id, item] of items) {
    if (item.kind === 'reframe' && item.sourceNoteId && dropped.has(item.sourceNoteId)) {
      items.set(id, { ...item, sourceNoteId: null })
    }
  }
  return {
    ...board,
    items,
    votes: board.votes.filter((vote) => !dropped.has(vote.itemId)),
  }
}
