import * as Y from 'yjs'
import {
  deleteItem,
  forgetPrivateWords,
  getBoardRoots,
  privateWordsRoot,
  type ItemId,
} from '@coboard/shared'

/** A card just deleted, which can still be put back: what "Deleted. Undo" holds. */
export interface RestorableDelete {
  /** Puts the card back as it was, private words and all; does nothing once released. */
  restore(): void
  /** The moment to take it back has passed: stops watching the documents. */
  release(): void
}

/**
 * Deletes an item so that exactly this deletion can be taken back, whatever the person or anyone
 * else does meanwhile. A Y.UndoManager of its own, tracking an origin used for nothing else,
 * holds the one step: the device's undo history would put back whatever was done last instead,
 * and a card with private words is deleted from two documents, two steps there.
 *
 * Not in the device's undo history, on purpose: Ctrl+Z after "Undo" must not delete it again.
 */
export function deleteRestorably(
  doc: Y.Doc,
  itemId: ItemId,
  privateDoc: Y.Doc | null = null,
): RestorableDelete {
  const origin = { source: 'coboard-restorable-delete', itemId }
  const managers = [
    new Y.UndoManager(getBoardRoots(doc).items, { trackedOrigins: new Set([origin]) }),
    ...(privateDoc
      ? [new Y.UndoManager(privateWordsRoot(privateDoc), { trackedOrigins: new Set([origin]) })]
      : []),
  ]
  deleteItem(doc, itemId, origin)
  if (privateDoc) forgetPrivateWords(privateDoc, [itemId], origin)
  let released = false
  const release = () => {
    released = true
    for (const manager of managers) manager.destroy()
  }
  return {
    restore() {
      if (released) return
      // The private words first: the card must never show up on its author's screen blank.
      for (const manager of [...managers].reverse()) manager.undo()
      release()
    },
    release,
  }
}
