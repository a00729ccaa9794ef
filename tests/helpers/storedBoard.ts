import path from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { readBoard, type BoardSnapshot } from '@coboard/shared'
import { applyStoredUpdates } from '../../server/src/storage/applyStoredUpdates'

/** A board as it is on disk right now. */
export interface StoredBoard {
  readonly board: BoardSnapshot
  /** Updates in the log not yet folded into the snapshot. */
  readonly logRows: number
}

/**
 * Reads a board straight from `<dataDir>/coboard.sqlite` through a second, read-only SQLite
 * connection, bypassing the server entirely: what a restart after a crash would find.
 */
export function readStoredBoard(dataDir: string, boardId: string): StoredBoard | null {
  const db = new Database(path.join(dataDir, 'coboard.sqlite'), {
    readonly: true,
    fileMustExist: true,
  })
  try {
    const snapshot = db.prepare('SELECT snapshot FROM boards WHERE id = ?').pluck().get(boardId)
    if (!(snapshot instanceof Uint8Array)) return null
    const log = db
      .prepare('SELECT "update" FROM board_updates WHERE board_id = ? ORDER BY seq')
      .pluck()
      .all(boardId) as Uint8Array[]
    const doc = new Y.Doc()
    // Damaged rows are skipped exactly as the server skips them on load.
    applyStoredUpdates(doc, [snapshot, ...log])
    const board = readBoard(doc)
    doc.destroy()
    return { board, logRows: log.length }
  } finally {
    db.close()
  }
}
