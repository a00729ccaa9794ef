import * as Y from 'yjs'
import { getBoardRoots, type BoardRoots } from './roots'
import { cutText } from './sanitize'
import { isKnownKind } from './kinds'
import { TEXT_FIELDS } from './operations'
import { PROJECTOR_VIEWS, isStoredSpotlight } from './projector'
import { isStackIndex } from './stacking'
import { isPlainMap, isPlainText, removeForeignTypes, type PlacedType } from './sharedTypes'
import {
  MAX_COORDINATE,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  NOTE_COLORS,
  type ItemId,
  type ItemKind,
} from './schema'

// Accept, then repair: a peer's update is never rejected (a rejected update is resent forever and
// locks that peer out). Instead the server applies it and then, in a transaction of its own,
// removes or clamps whatever breaks the schema. Every client receives the repair and converges.

/** Most items a board may hold; beyond it the newest are removed. */
export const MAX_ITEMS = 10_000
/** Most participants on one board's roster. */
export const MAX_PARTICIPANTS = 2_000
/** Transaction origin of repairs, so they are not repaired again or counted as anyone's edit. */
export const REPAIR_ORIGIN = 'coboard:schema-repair'

/** The item ids a transaction touched: created, deleted, or changed inside. */
export function touchedItemIds(transaction: Y.Transaction, doc: Y.Doc): Set<ItemId> {
  return touchedKeys(transaction, getBoardRoots(doc).items) as Set<ItemId>
}

/** The keys of `map` a transaction touched: set, deleted, or changed anywhere below them. */
export function touchedKeys(transaction: Y.Transaction, map: object): Set<string> {
  const touched = new Set<string>()
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) === map) {
      for (const key of keys) if (key !== null) touched.add(key)
      continue
    }
    // Walk up to the entry of `map` that contains this change.
    let child: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>
    while (child && (child.parent as unknown) !== map)
      child = child.parent as Y.AbstractType<unknown> | null
    const key = child?._item?.parentSub
    if (key !== null && key !== undefined) touched.add(key)
  }
  return touched
}

/**
 * Repairs the given items (or every item) and the board-wide limits; returns how many fixes it
 * made. Runs in one transaction with REPAIR_ORIGIN, after taking apart any structure that is
 * too deep or not made of plain maps, arrays and texts (a few transactions of its own each).
 */
export function repairBoard(doc: Y.Doc, only?: Iterable<ItemId>): number {
  const roots = getBoardRoots(doc)
  const { items, participants, meta } = roots
  const ids = only ? [...only] : ([...items.keys()] as ItemId[])
  // First, in transactions of their own: deleting a deep structure in one would recurse.
  let fixes = removeForeignTypes(
    doc,
    only ? placedItems(items, ids) : placedRoots(roots),
    REPAIR_ORIGIN,
  )
  doc.transact(() => {
    for (const id of ids) {
      if (items.has(id)) fixes += repairItem(items, id as ItemId)
    }
    fixes += trimMap(items as Y.Map<unknown>, MAX_ITEMS)
    fixes += trimMap(participants as Y.Map<unknown>, MAX_PARTICIPANTS)
    for (const [key, max] of [
      ['title', MAX_TITLE_LENGTH],
      ['purpose', 500],
    ] as const) {
      const value = meta.get(key)
      if (value !== undefined && (typeof value !== 'string' || value.length > max)) {
        meta.set(key, typeof value === 'string' ? cutText(value, max) : '')
        fixes++
      }
    }
    fixes += repairProjector(meta)
    participants.forEach((entry, id) => {
      if (!isPlainMap(entry) || id.length > 64) {
        participants.delete(id)
        fixes++
        return
      }
      for (const field of ['name', 'role']) {
        const value = entry.get(field)
        if (value === undefined) continue
        if (typeof value !== 'string' || value.length > MAX_NAME_LENGTH) {
          entry.set(field, typeof value === 'string' ? cutText(value, MAX_NAME_LENGTH) : '')
          fixes++
        }
      }
    })
  }, REPAIR_ORIGIN)
  return fixes
}

/**
 * Removes a projector view or spotlight that is not one the operations would write: readers
 * ignore them anyway, but a spotlight is a record any peer could otherwise fill with bulk.
 */
function repairProjector(meta: Y.Map<unknown>): number {
  let fixes = 0
  const view = meta.get('projectorView')
  if (view !== undefined && !PROJECTOR_VIEWS.includes(view as never)) {
    meta.delete('projectorView')
    fixes++
  }
  const spotlight = meta.get('spotlight')
  if (spotlight !== undefined && !isStoredSpotlight(spotlight)) {
    meta.delete('spotlight')
    fixes++
  }
  return fixes
}

function repairItem(items: Y.Map<Y.Map<unknown>>, id: ItemId): number {
  const item = items.get(id) as unknown
  const kind = isPlainMap(item) ? item.get('kind') : undefined
  if (!isPlainMap(item) || !isKnownKind(kind) || id.length === 0 || id.length > 64) {
    items.delete(id)
    return 1
  }
  let fixes = 0
  // A field that is merely missing is left alone: readers default it, and a delayed update may
  // be about to set it (its deletion of the old value can arrive before its new value).
  for (const axis of ['x', 'y']) {
    const value = item.get(axis)
    if (value === undefined) continue
    const clamped =
      typeof value === 'number' && Number.isFinite(value)
        ? Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value))
        : 0
    if (value !== clamped) {
      item.set(axis, clamped)
      fixes++
    }
  }
  for (const field of TEXT_FIELDS[kind as ItemKind]) {
    const value = item.get(field)
    if (value === undefined) continue
    if (!isPlainText(value)) {
      item.set(field, new Y.Text(typeof value === 'string' ? cutText(value, MAX_TEXT_LENGTH) : ''))
      fixes++
    } else if (value.length > MAX_TEXT_LENGTH) {
      const keep = cutText(value.toString(), MAX_TEXT_LENGTH).length
      value.delete(keep, value.length - keep)
      fixes++
    }
  }
  const color = item.get('color')
  if (kind === 'note' && color !== undefined && !NOTE_COLORS.includes(color as never)) {
    item.set('color', 'yellow')
    fixes++
  }
  // A flag, nothing else: a string or a nested type here would be read as false anyway, but
  // could carry words or bulk that no reader would ever show or bound.
  const dismissed = item.get('theyFramingDismissed')
  if (dismissed !== undefined && typeof dismissed !== 'boolean') {
    item.delete('theyFramingDismissed')
    fixes++
  }
  // Readers ignore a malformed stacking key, but a long one would be bulk every peer keeps.
  const stackIndex = item.get('stackIndex')
  if (stackIndex !== undefined && !isStackIndex(stackIndex)) {
    item.delete('stackIndex')
    fixes++
  }
  for (const field of ['authorId', 'role', 'title', 'theyRole']) {
    const value = item.get(field)
    if (typeof value === 'string' && value.length > MAX_TITLE_LENGTH) {
      item.set(field, cutText(value, MAX_TITLE_LENGTH))
      fixes++
    }
  }
  return fixes
}

/** The given items of a board, one level below their root, to look for foreign types in. */
function placedItems(items: Y.Map<Y.Map<unknown>>, ids: readonly ItemId[]): PlacedType[] {
  const placed: PlacedType[] = []
  for (const id of ids) {
    const item: unknown = items.get(id)
    if (item instanceof Y.AbstractType) placed.push({ type: item, depth: 1 })
  }
  return placed
}

/** Every root of a board, to look for foreign types in. */
function placedRoots(roots: BoardRoots): PlacedType[] {
  return Object.values(roots).map((type: Y.AbstractType<unknown>) => ({ type, depth: 0 }))
}

/** Removes the newest entries beyond `max` (newest by Yjs clock order is not known; by key order). */
function trimMap(map: Y.Map<unknown>, max: number): number {
  if (map.size <= max) return 0
  const excess = [...map.keys()].slice(max)
  for (const key of excess) map.delete(key)
  return excess.length
}
