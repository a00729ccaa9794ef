import { effectiveConsent, hasConsent } from '../consent'
import { isHiddenFrom } from '../visibility'
import type { BoardItem, BoardSnapshot, ItemId, ReportNames } from '../schema'

// What may leave the room. Every export (report, spreadsheet, picture, board file) starts from
// reportableBoard, so none can show a card its author kept in the room, or a private note the
// room has not seen yet, and none can name an author who did not ask to be named.

/**
 * The board as every export may see it: without cards kept in the room (their effective
 * consent, see consent.ts, is room-only) and without private notes and cards whose stage has
 * not been revealed (hidden from a viewer of null, who sees nobody's own), with the dots cast on
 * them, so no tally, count or cluster hints at what they said. Every note and reframe left
 * carries its effective consent as its own, so a card quoting a stricter note stays as strict.
 */
export function reportableBoard(board: BoardSnapshot): BoardSnapshot {
  const dropped = new Set<ItemId>()
  const items = new Map<ItemId, BoardItem>()
  let changed = false
  for (const [id, item] of board.items) {
    if (isWithheld(item, board) || isHiddenFrom(item, null, board.stages)) {
      dropped.add(id)
      continue
    }
    const consent = effectiveConsent(item, board)
    const held = hasConsent(item) && item.consent !== consent
    changed ||= held
    items.set(id, held ? { ...item, consent } : item)
  }
  if (dropped.size === 0 && !changed) return board
  // A reframe keeps its words, but no longer points at a note that left the export.
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

/**
 * How many cards the exports leave in the room at their authors' request (or a facilitator's):
 * notes and reframes whose effective consent is room-only. Private cards not yet revealed are
 * not counted, so the count hints at nothing the room has not seen.
 */
export function countWithheld(board: BoardSnapshot): number {
  let count = 0
  for (const item of board.items.values()) {
    if (isWithheld(item, board) && !isHiddenFrom(item, null, board.stages)) count += 1
  }
  return count
}

/**
 * How an export made with `names` may name the author of `item` (from reportableBoard): by name
 * only when both the board's naming and the card's consent allow it, the stricter winning. Cards
 * without a consent of their own (outcomes, clusters) are never credited by name.
 */
export function namesFor(item: BoardItem, names: ReportNames): ReportNames {
  if (names !== 'names') return names
  return hasConsent(item) && item.consent === 'report-named' ? 'names' : 'roles'
}

function isWithheld(item: BoardItem, board: BoardSnapshot): boolean {
  return hasConsent(item) && effectiveConsent(item, board) === 'room-only'
}
