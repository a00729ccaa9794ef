import * as Y from 'yjs'
import { generateKeyBetween } from 'fractional-indexing'
import { getBoardRoots } from './roots'
import type { ItemId } from './schema'

// Stacking order is part of the document, so every screen and every export draws overlapping
// cards alike. Each item holds a fractional index (the fractional-indexing package's order
// keys): a new key always fits between two others, so raising a card writes one field of one
// item, and two people raising cards at once never rewrite each other's keys.

/** Longest stacking key accepted: repeated raises grow keys by about a character per 60 raises. */
export const MAX_STACK_INDEX_LENGTH = 64

/**
 * Keys already judged, because every new card looks at every other card's key: a board's keys
 * are few and long-lived, and asking the package each time made adding cards quadratic in cost.
 */
const judged = new Map<string, boolean>()
const MAX_JUDGED = 20_000

/** Whether `value` is a stacking key the operations could have written (bounded, well formed). */
export function isStackIndex(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false
  if (value.length > MAX_STACK_INDEX_LENGTH || !/^[A-Za-z0-9]+$/.test(value)) return false
  const known = judged.get(value)
  if (known !== undefined) return known
  let valid = true
  try {
    // The package validates a key it is asked to build on, and throws for a malformed one.
    generateKeyBetween(value, null)
  } catch {
    valid = false
  }
  if (judged.size >= MAX_JUDGED) judged.clear()
  judged.set(value, valid)
  return valid
}

/** A stored stacking key, or null when it is missing or not one (readers then fall back). */
export function readStackIndex(value: unknown): string | null {
  return isStackIndex(value) ? value : null
}

/** What the stacking order of an item is read from. */
export interface Stacked {
  readonly id: string
  readonly stackIndex: string | null
  readonly createdAt: number
}

/**
 * Bottom to top: items without a valid key first (older boards), by creation time and then id,
 * so their order is the same everywhere; then keyed items by key, ties (two people raising at
 * once) broken by id. Keys compare by code unit, as the package orders them.
 */
export function compareStacking(a: Stacked, b: Stacked): number {
  if (a.stackIndex !== b.stackIndex) {
    if (a.stackIndex === null) return -1
    if (b.stackIndex === null) return 1
    return a.stackIndex < b.stackIndex ? -1 : 1
  }
  if (a.stackIndex === null && a.createdAt !== b.createdAt) return a.createdAt - b.createdAt
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** `items` sorted bottom to top (a new array). */
export function sortByStacking<T extends Stacked>(items: Iterable<T>): T[] {
  return [...items].sort(compareStacking)
}

/**
 * The highest key of the board within a transaction under way, so a batch (an import of
 * thousands of cards) reads the board's keys once rather than once per card. Sound because
 * keys are written only through this module and no peer's update lands inside a local
 * transaction (applying one is a transaction of its own).
 */
const topInTransaction = new WeakMap<Y.Transaction, string | null>()

/** The highest valid key among the board's items, or null. */
function highestStackIndex(doc: Y.Doc): string | null {
  const current = doc._transaction
  if (current && topInTransaction.has(current)) return topInTransaction.get(current)!
  let top: string | null = null
  getBoardRoots(doc).items.forEach((item) => {
    if (!(item instanceof Y.Map)) return
    const key = readStackIndex(item.get('stackIndex'))
    if (key !== null && (top === null || key > top)) top = key
  })
  return top
}

/** Writes an item's key, keeping the transaction's highest key up to date. */
function writeStackIndex(doc: Y.Doc, item: Y.Map<unknown>, key: string): void {
  item.set('stackIndex', key)
  const current = doc._transaction
  if (!current) return
  const top = highestStackIndex(doc)
  topInTransaction.set(current, top === null || key > top ? key : top)
}

/** A key above every item of the document: the place of a new or raised card. */
export function stackIndexOnTop(doc: Y.Doc): string {
  return generateKeyBetween(highestStackIndex(doc), null)
}

/**
 * Gives a new item its place on top of every other. Call inside the transaction that creates
 * it, after the item is in the board's items.
 */
export function placeOnTop(doc: Y.Doc, item: Y.Map<unknown>): void {
  writeStackIndex(doc, item, stackIndexOnTop(doc))
}

/** Restores an item's key from a board file, when it is one the operations could have written. */
export function restoreStackIndex(doc: Y.Doc, item: Y.Map<unknown>, key: unknown): void {
  if (isStackIndex(key)) writeStackIndex(doc, item, key)
}

/**
 * Puts an item on top of every other (a dragged card, on drop). Call inside the transaction that
 * moves it, so the move and the raise are one step; does nothing when it is already on top.
 */
export function raiseItem(doc: Y.Doc, itemId: ItemId): void {
  const item = getBoardRoots(doc).items.get(itemId)
  if (!(item instanceof Y.Map)) return
  const own = readStackIndex(item.get('stackIndex'))
  let above = false
  getBoardRoots(doc).items.forEach((other, id) => {
    if (id === itemId || !(other instanceof Y.Map)) return
    const key = readStackIndex(other.get('stackIndex'))
    if (own === null || (key !== null && key >= own)) above = true
  })
  if (above) writeStackIndex(doc, item, stackIndexOnTop(doc))
}
