import * as Y from 'yjs'
import { migrateBoard, readBoard, type BoardSnapshot } from '@coboard/shared'
import { applyStoredUpdates } from './applyStoredUpdates'

/**
 * The board a board's stored rows hold (snapshot first, then the log), migrated as the server
 * migrates it on load; null when there are no rows. A row that does not decode is skipped, as
 * applyStoredUpdates does. The export CLI and the export worker both read stored boards here.
 */
export function readStoredRows(updates: readonly Uint8Array[]): BoardSnapshot | null {
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
