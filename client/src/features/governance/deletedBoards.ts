import { BoardDeleted } from '@coboard/shared'
import type { BoardConnection } from '../../core/sync/connectBoard'

// Which boards this page knows to be deleted, and how it finds out: from its own DELETE, or from
// the server closing the board's connection with reason "board-deleted" (close code 4404; see
// server/src/http/routes/deleteBoard.ts). Plain module state: a deleted board stays deleted.

/** The close reason the server gives when a board is deleted. */
export const BOARD_DELETED_REASON = 'board-deleted'

const deleted = new Set<string>()
const listeners = new Set<() => void>()

/** Records that `boardId` is gone, for every component watching it. */
export function markBoardDeleted(boardId: string): void {
  if (deleted.has(boardId)) return
  deleted.add(boardId)
  for (const listener of listeners) listener()
}

export function isBoardDeleted(boardId: string): boolean {
  return deleted.has(boardId)
}

/** Calls `listener` whenever a board is marked deleted; returns the unsubscribe function. */
export function subscribeDeletedBoards(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Calls `onDeleted` when the server closes this board's connection because it was deleted. A
 * Hocuspocus close message reaches the provider with its reason only; the socket's own close
 * frame has the code as well, so either is enough.
 */
export function watchBoardDeleted(
  provider: BoardConnection['provider'],
  onDeleted: () => void,
): () => void {
  const onClose = ({ event }: { event: { code: number; reason: string } }) => {
    if (event.reason === BOARD_DELETED_REASON || event.code === BoardDeleted.code) onDeleted()
  }
  provider.on('close', onClose)
  return () => provider.off('close', onClose)
}

/**
 * Lets go of a deleted board on this device: the offline copy is erased, so nothing readable
 * stays behind, and the socket stops trying to reconnect to a board that is not there.
 */
export function leaveDeletedBoard(connection: BoardConnection): void {
  connection.provider.configuration.websocketProvider.disconnect()
  void connection.cache.clear()
}
