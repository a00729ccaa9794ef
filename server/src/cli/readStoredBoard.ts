import type { BoardSnapshot } from '@coboard/shared'
import type { BoardStore } from '../storage/BoardStore'
import { readStoredRows } from '../storage/readStoredRows'

/**
 * The board as the store holds it (every acknowledged edit is in it, even while a server has
 * the board open), migrated as the server would migrate it on load. Null when there is none.
 * The server's exports read the same stored rows the same way (workers/boardTasks.ts).
 */
export async function readStoredBoard(
  store: BoardStore,
  boardId: string,
): Promise<BoardSnapshot | null> {
  return readStoredRows(await store.loadUpdates(boardId))
}
