import type { BoardSnapshot, Consent } from '@coboard/shared'

/**
 * What the phone says once a note is added, true to where it went: during private writing that
 * has not been revealed, only its author sees it yet.
 */
export function addedWords(board: BoardSnapshot, consent: Consent): string {
  const stage = board.stages.find((s) => s.id === board.meta.currentStageId)
  const where =
    stage?.private && !stage.revealed
      ? 'Added. Only you can see it until the facilitator reveals this stage.'
      : 'Added. It is on the board for everyone now.'
  return consent === 'room-only' ? `${where} It stays in this room: never exported.` : where
}
