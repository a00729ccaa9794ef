import * as Y from 'yjs'

/**
 * The update of an empty Y.Doc: what a private-words document loads from while nothing of it is
 * stored. Not an empty list, which Persistence reads as "the board is gone".
 */
export function emptyUpdate(): Uint8Array {
  const doc = new Y.Doc()
  try {
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
