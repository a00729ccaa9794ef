import type * as Y from 'yjs'
import { getItemMap } from './operations'
import type { ItemId } from './schema'

/**
 * Hides (or, with false, brings back) the "they" framing chip on a note for everyone on the
 * board. Anyone may: a false flag is the group's call, not the author's alone, and the write is
 * one transaction with `origin`, so the writer's undo takes it back. Returns false when the item
 * is gone or is not a note.
 */
export function setTheyFramingDismissed(
  doc: Y.Doc,
  noteId: ItemId,
  dismissed: boolean,
  origin?: unknown,
): boolean {
  const map = getItemMap(doc, noteId)
  if (!map || map.get('kind') !== 'note') return false
  if ((map.get('theyFramingDismissed') === true) === dismissed) return true
  doc.transact(() => {
    // Unset rather than false, so boards that never dismissed anything stay as they were.
    if (dismissed) map.set('theyFramingDismissed', true)
    else map.delete('theyFramingDismissed')
  }, origin)
  return true
}
