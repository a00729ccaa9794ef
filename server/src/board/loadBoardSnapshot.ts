import * as Y from 'yjs'
import type { Hocuspocus } from '@hocuspocus/server'
import { migrateBoard, readBoard, type BoardSnapshot } from '@coboard/shared'
import type { BoardStore } from '../storage/BoardStore'
import { applyStoredUpdates } from '../storage/applyStoredUpdates'

/**
 * The board as plain data: from the live document when Hocuspocus has it loaded (it may hold
 * edits newer than any snapshot), otherwise rebuilt from the store in a throwaway document.
 * Null when there is no such board.
 */
export async function loadBoardSnapshot(
  id: string,
  hocuspocus: Hocuspocus,
  store: BoardStore,
): Promise<BoardSnapshot | null> {
  const live = hocuspocus.documents.get(id)
  if (live && !live.isLoading) return readBoard(live)

  const updates = await store.loadUpdates(id)
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
