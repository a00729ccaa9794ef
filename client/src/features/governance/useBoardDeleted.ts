import { useEffect, useSyncExternalStore } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import {
  isBoardDeleted,
  leaveDeletedBoard,
  markBoardDeleted,
  subscribeDeletedBoards,
  watchBoardDeleted,
} from './deletedBoards'

/** Whether the open board has been deleted, by this page or anyone else; watches for it. */
export function useBoardDeleted(): boolean {
  const { boardId, connection } = useBoardSession()
  useEffect(
    () =>
      watchBoardDeleted(connection.provider, () => {
        markBoardDeleted(boardId)
        leaveDeletedBoard(connection)
      }),
    [boardId, connection],
  )
  return useSyncExternalStore(subscribeDeletedBoards, () => isBoardDeleted(boardId))
}
