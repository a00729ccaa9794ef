import { BoardIdSchema, type BoardSnapshot } from '@coboard/shared'
import type { BoardStore } from '../storage/BoardStore'
import { readStoredRows } from '../storage/readStoredRows'

/**
 * The board as the store holds it (every acknowledged edit is in it, even while a server has
 * the board open), migrated as the server would migrate it on load. Null when there is none,
 * and for any name that is not a board id: the store also holds people's private words under
 * `<board id>/private/<participant id>`, which are never exported.
 * The server's exports read the same stored rows the same way (workers/boardTasks.ts).
 */
export async function readStoredBoard(
  store: BoardStore,
  boardId: string,
): Promise<BoardSnapshot | null> {
  if (!BoardIdSchema.safeParse(boardId).success) return null
  return readStoredRows(await store.loadUpdates(boardId))
}
