import * as Y from 'yjs'
import { migrateBoard, readBoard, type BoardSnapshot } from '@coboard/shared'
import type { BoardStore } from '../storage/BoardStore'
import { applyStoredUpdates } from '../storage/applyStoredUpdates'

/**
 * The board as the store holds it (every acknowledged edit is in it, even while a server has
 * the board open), migrated as the server would migrate it on load. Null when there is none.
 * The server's exports are rendered from the same stored updates (workers/boardTasks.ts).
 */
export async function readStoredBoard(
  store: BoardStore,
  boardId: string,
): Promise<BoardSnapshot | null> {
  const updates = await store.loadUpdates(boardId)
  if (updates.length === 0) return null
  const doc = new Y.Doc()
  try {
    applyStoredUpdates(doc, updates)
    migrateBoard(doc)
    return readBoard(doc)
  } finally {
    doc.destroy()
  }
}
