import type * as Y from 'yjs'
import {
  PRIVATE_TEXT_FIELDS,
  readPrivateWords,
  type BoardItem,
  type BoardSnapshot,
  type ItemId,
  type ItemWords,
} from '@coboard/shared'

/**
 * Lays this person's private words over the board they read: in a private stage the board holds
 * their cards without words, and their own words come from their private-words document. A field
 * is filled only while the board's is empty, so once the server has moved the words in at reveal
 * the board's own text shows, and there is no moment in between when a card reads blank.
 *
 * Unchanged items keep their identity (and the whole board does when nothing changed), so a
 * keystroke in one private note re-renders that note only.
 */
export interface PrivateOverlay {
  /** `board` with this person's private words in it. */
  apply(board: BoardSnapshot): BoardSnapshot
  /** Re-reads the private words; true when they changed. */
  refresh(): boolean
}

export function createPrivateOverlay(privateDoc: Y.Doc): PrivateOverlay {
  let words: ReadonlyMap<ItemId, ItemWords> = new Map()
  let lastBoard: BoardSnapshot | null = null
  let lastWords = words
  let lastOut: BoardSnapshot | null = null
  const merged = new Map<
    ItemId,
    { readonly base: BoardItem; readonly words: ItemWords; readonly item: BoardItem }
  >()

  return {
    refresh() {
      const next = readPrivateWords(privateDoc)
      const shared = new Map<ItemId, ItemWords>()
      let changed = next.size !== words.size
      for (const [id, entry] of next) {
        const before = words.get(id)
        const same = before !== undefined && sameWords(before, entry)
        shared.set(id, same ? before : entry)
        if (!same) changed = true
      }
      if (changed) words = shared
      return changed
    },
    apply(board) {
      if (board === lastBoard && words === lastWords && lastOut) return lastOut
      lastBoard = board
      lastWords = words
      let items: Map<ItemId, BoardItem> | null = null
      for (const [id, entry] of words) {
        const base = board.items.get(id)
        if (!base) continue
        const cached = merged.get(id)
        const item =
          cached && cached.base === base && cached.words === entry
            ? cached.item
            : withWords(base, entry)
        if (item === base) continue
        merged.set(id, { base, words: entry, item })
        items ??= new Map(board.items)
        items.set(id, item)
      }
      for (const id of merged.keys()) if (!words.has(id)) merged.delete(id)
      lastOut = items ? { ...board, items } : board
      return lastOut
    },
  }
}

function withWords(item: BoardItem, words: ItemWords): BoardItem {
  const fields = PRIVATE_TEXT_FIELDS[item.kind] ?? []
  let next: Record<string, unknown> | null = null
  for (const field of fields) {
    const own = words[field]
    const current = (item as unknown as Record<string, unknown>)[field]
    if (!own || current !== '') continue
    next ??= { ...item }
    next[field] = own
  }
  return next ? (next as unknown as BoardItem) : item
}

function sameWords(a: ItemWords, b: ItemWords): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
