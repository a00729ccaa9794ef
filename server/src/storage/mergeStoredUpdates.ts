import * as Y from 'yjs'
import { applyStoredUpdates } from './applyStoredUpdates'

/**
 * One snapshot holding every given update (a snapshot and log rows). Rows that do not decode are
 * left out, as on load, and their indexes returned for the caller to log.
 */
export function mergeStoredUpdates(updates: readonly Uint8Array[]): {
  readonly merged: Uint8Array
  readonly skipped: number[]
} {
  const doc = new Y.Doc()
  try {
    const skipped = applyStoredUpdates(doc, updates)
    return { merged: Y.encodeStateAsUpdate(doc), skipped }
  } finally {
    doc.destroy()
  }
}
