import * as Y from 'yjs'
import { cutText } from './sanitize'
import { isPlainMap, isPlainText, removeForeignTypes, type PlacedType } from './sharedTypes'
import { PRIVATE_TEXT_FIELDS, privateWordsRoot } from './privateWords'
import { REPAIR_ORIGIN } from './repair'
import { MAX_TEXT_LENGTH } from './schema'

// Accept, then repair, for a person's private-words document as for the board (repair.ts): only
// the author's devices may write it, but a modified one can write anything, and the server reads
// it on every edit its author makes and moves it into the board on reveal. Bounded here, a
// flooded document costs the server no more than an honest one near its limit.

/**
 * Most cards one person may hold private words for. A stage of private writing sees a handful
 * each; a person at this limit has written a card a minute for eight hours.
 */
export const MAX_PRIVATE_WORDS = 500

/** Every text field a private card has (PRIVATE_TEXT_FIELDS, of any kind). */
const PRIVATE_FIELDS: ReadonlySet<string> = new Set(Object.values(PRIVATE_TEXT_FIELDS).flat())

/**
 * Repairs the given entries (or all) of a private-words document: an entry must be a plain map
 * of private text fields, each a plain Y.Text no longer than a card holds, and the document holds
 * at most MAX_PRIVATE_WORDS entries. Past that, the entries in `only` go first (the edit that
 * went past the limit), so words written earlier stay. Returns how many fixes it made.
 */
export function repairPrivateWords(doc: Y.Doc, only?: Iterable<string>): number {
  const root = privateWordsRoot(doc) as unknown as Y.Map<unknown>
  const keys = only ? [...only] : [...root.keys()]
  // First, in transactions of their own: deleting a deep structure in one would recurse.
  let fixes = removeForeignTypes(
    doc,
    only ? placedEntries(root, keys) : [{ type: root as Y.AbstractType<unknown>, depth: 0 }],
    REPAIR_ORIGIN,
  )
  doc.transact(() => {
    for (const key of keys) if (root.has(key)) fixes += repairEntry(root, key)
    fixes += trimEntries(root, keys)
  }, REPAIR_ORIGIN)
  return fixes
}

function repairEntry(root: Y.Map<unknown>, key: string): number {
  const entry = root.get(key)
  if (!isPlainMap(entry) || key.length === 0 || key.length > 64) {
    root.delete(key)
    return 1
  }
  let fixes = 0
  for (const [field, value] of [...entry.entries()]) {
    if (!PRIVATE_FIELDS.has(field) || !isPlainText(value)) {
      entry.delete(field)
      fixes++
    } else if (value.length > MAX_TEXT_LENGTH) {
      const keep = cutText(value.toString(), MAX_TEXT_LENGTH).length
      value.delete(keep, value.length - keep)
      fixes++
    }
  }
  return fixes
}

/** Removes entries beyond MAX_PRIVATE_WORDS: the newest of `newest` first, then the last keys. */
function trimEntries(root: Y.Map<unknown>, newest: readonly string[]): number {
  const excess = root.size - MAX_PRIVATE_WORDS
  if (excess <= 0) return 0
  const newestHeld = new Set(newest.filter((key) => root.has(key)))
  const order = [...[...root.keys()].filter((key) => !newestHeld.has(key)), ...newestHeld]
  for (const key of order.slice(order.length - excess)) root.delete(key)
  return excess
}

function placedEntries(root: Y.Map<unknown>, keys: readonly string[]): PlacedType[] {
  const placed: PlacedType[] = []
  for (const key of keys) {
    const entry = root.get(key)
    if (entry instanceof Y.AbstractType) placed.push({ type: entry, depth: 1 })
  }
  return placed
}
