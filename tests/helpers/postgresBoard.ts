import * as Y from 'yjs'
import { readBoard, type BoardSnapshot } from '@coboard/shared'
import { PostgresBoardStore } from '../../server/src/storage/PostgresBoardStore'
import { applyStoredUpdates } from '../../server/src/storage/applyStoredUpdates'
import { createLogger } from '../../server/src/logger'

/** A board as it is in PostgreSQL right now. */
export interface StoredPostgresBoard {
  readonly board: BoardSnapshot
  /** Updates in the log not yet folded into the snapshot. */
  readonly logRows: number
}

/**
 * Reads a board straight from PostgreSQL through a store of its own, bypassing every server:
 * what an instance loading the board after a crash would find.
 */
export async function readPostgresBoard(
  databaseUrl: string,
  boardId: string,
): Promise<StoredPostgresBoard | null> {
  const store = new PostgresBoardStore({
    connectionString: databaseUrl,
    log: createLogger('silent'),
    poolSize: 1,
  })
  try {
    const updates = await store.loadUpdates(boardId)
    if (updates.length === 0) return null
    const doc = new Y.Doc()
    applyStoredUpdates(doc, updates)
    const board = readBoard(doc)
    doc.destroy()
    return { board, logRows: updates.length - 1 }
  } finally {
    await store.close()
  }
}
