import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readRecord } from './sanitize'
import { REPAIR_ORIGIN } from './repair'
import { isStricter, readConsent } from './consent'
import { wearsHat } from './facilitation'
import type { ParticipantId, RoleId } from './schema'

// A voice belongs to its person. Some entries of a board speak for one participant: their roster
// entry, their dots, their stance on an outcome and their acceptance of a reframe. Moving,
// editing and grouping shared cards stays open to everyone (so is dismissing a note's "they"
// framing chip, theyFramingDismissal.ts), but only the participant a
// connection is bound to (see docs/guarantees.md) may write these; the server undoes anything
// else right after it is applied, the way repair does (a refused update would be resent forever),
// and writes the roster's side into the person's own stances and acceptances.
//
// A card's consent is its author's voice about their story: only the author may set it, and a
// hat wearer may make it stricter, never looser. A card's author, once written, never changes,
// or anyone could make themselves the author of a story and loosen it.

/** Fields of an item that hold one entry per participant, keyed by participant id. */
const VOICE_FIELDS = ['agreement', 'acceptedBy'] as const

/** The participant a vote key (`session|participant|slot`) belongs to. */
export function voteOwner(key: string): string {
  return key.split('|')[1] ?? ''
}

/**
 * Undoes every change `transaction` made to entries that speak for anyone other than `writer`
 * (null: nobody, as for a socket bound to no participant), and puts the roster's side into the
 * writer's own stances and acceptances. Runs in one transaction with REPAIR_ORIGIN; returns how
 * many entries it restored, removed or corrected.
 */
export function keepVoicesOwn(
  doc: Y.Doc,
  transaction: Y.Transaction,
  writer: ParticipantId | null,
): number {
  const { participants, votes, items } = getBoardRoots(doc)
  const fixes: (() => boolean)[] = []
  const isOwn = (key: string) => writer !== null && key === writer
  const side = writer ? readSide(participants, writer) : null

  /** Restores every key of `map` whose owner is not the writer. */
  const guardKeys = (
    map: Y.Map<unknown>,
    keys: Set<string | null>,
    owner: (key: string) => string,
  ) => {
    for (const key of keys) {
      if (key !== null && !isOwn(owner(key))) fixes.push(() => restoreKey(transaction, map, key))
    }
  }

  for (const [type, keys] of transaction.changed) {
    if (!(type instanceof Y.Map) || isGone(type)) continue
    const map = type as Y.Map<unknown>
    if (map === (participants as unknown)) {
      guardKeys(map, keys, (key) => key)
    } else if (map === (votes as unknown)) {
      guardKeys(map, keys, voteOwner)
    } else if (map.parent === (participants as unknown)) {
      // A field of someone's roster entry: the entry's key says whose.
      guardKeys(map, keys, () => map._item?.parentSub ?? '')
    } else if (isVoiceMap(map, items)) {
      guardKeys(map, keys, (key) => key)
      for (const key of keys) {
        if (key !== null && isOwn(key) && side) fixes.push(() => setSide(map, key, side))
      }
    } else if (map.parent === (items as unknown)) {
      if (!createdIn(transaction, map._item)) guardStory(doc, transaction, map, keys, writer, fixes)
      // A card's voice field replaced whole: a card that existed keeps the entries it had, a new
      // one may carry only the writer's own (see below).
      for (const field of VOICE_FIELDS) {
        if (!keys.has(field)) continue
        if (createdIn(transaction, map._item)) {
          fixes.push(() => keepOwnEntries(map, field, writer, side))
        } else {
          fixes.push(() => restoreKey(transaction, map, field))
        }
      }
    } else if (map === (items as unknown)) {
      // Types made in this transaction report no changes of their own, so a new card is read
      // whole: its voice fields may hold only the writer's entries.
      for (const key of keys) {
        const card = key === null ? undefined : items.get(key)
        if (!(card instanceof Y.Map) || !createdIn(transaction, card._item)) continue
        for (const field of VOICE_FIELDS) {
          fixes.push(() => keepOwnEntries(card, field, writer, side))
        }
      }
    }
  }
  if (fixes.length === 0) return 0
  let count = 0
  doc.transact(() => {
    for (const fix of fixes) count += fix() ? 1 : 0
  }, REPAIR_ORIGIN)
  return count
}

/**
 * Queues the undoing of what `writer` may not change on an existing card: its author, and its
 * consent unless they are the author or a hat wearer making it stricter.
 */
function guardStory(
  doc: Y.Doc,
  transaction: Y.Transaction,
  card: Y.Map<unknown>,
  keys: Set<string | null>,
  writer: ParticipantId | null,
  fixes: (() => boolean)[],
): void {
  if (keys.has('authorId')) fixes.push(() => restoreKey(transaction, card, 'authorId'))
  if (!keys.has('consent') && !keys.has('keepOutOfExport')) return
  const author = valueBefore(transaction, card, 'authorId')
  const before = readConsent(
    valueBefore(transaction, card, 'consent'),
    valueBefore(transaction, card, 'keepOutOfExport'),
  )
  const after = readConsent(card.get('consent'), card.get('keepOutOfExport'))
  const allowed =
    writer !== null && (writer === author || (wearsHat(doc, writer) && !isStricter(before, after)))
  if (allowed) return
  fixes.push(
    () =>
      restoreKey(transaction, card, 'consent') || restoreKey(transaction, card, 'keepOutOfExport'),
  )
}

/** What `key` of `map` held before `transaction` (a plain value), or undefined. */
function valueBefore(transaction: Y.Transaction, map: Y.Map<unknown>, key: string): unknown {
  let item: Y.Item | null = map._map.get(key) ?? null
  while (item !== null && createdIn(transaction, item)) item = item.left
  if (item === null) return undefined
  const alive = !item.deleted || Y.isDeleted(transaction.deleteSet, item.id)
  return alive && !(item.content instanceof Y.ContentType)
    ? lastOf(item.content.getContent())
    : undefined
}

/** The side `id` has on the roster, or null when they are not on it. */
function readSide(participants: Y.Map<Y.Map<unknown>>, id: ParticipantId): RoleId | null {
  const entry = participants.get(id)
  const role = entry instanceof Y.Map ? entry.get('role') : undefined
  return typeof role === 'string' && role !== '' ? (role as RoleId) : null
}

/** An `agreement` or `acceptedBy` map of a card. */
function isVoiceMap(type: Y.Map<unknown>, items: Y.Map<Y.Map<unknown>>): boolean {
  const field = type._item?.parentSub
  const card = type.parent
  return (
    (field === 'agreement' || field === 'acceptedBy') &&
    card !== null &&
    card.parent === (items as unknown)
  )
}

/** Whether the type, or a type it sits in, has been deleted: its changes died with it. */
function isGone(type: Y.Map<unknown>): boolean {
  for (
    let item = type._item;
    item !== null;
    item = item.parent instanceof Y.AbstractType ? item.parent._item : null
  ) {
    if (item.deleted) return true
  }
  return false
}

function createdIn(transaction: Y.Transaction, item: Y.Item | null): boolean {
  return item !== null && item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)
}

/**
 * Puts `key` of `map` back to what it held before `transaction`, or removes it when it held
 * nothing. Overwritten and deleted values are still whole here: Yjs collects their content only
 * after 'afterTransaction'.
 */
function restoreKey(transaction: Y.Transaction, map: Y.Map<unknown>, key: string): boolean {
  let item: Y.Item | null = map._map.get(key) ?? null
  while (item !== null && createdIn(transaction, item)) item = item.left
  const before =
    item !== null && (!item.deleted || Y.isDeleted(transaction.deleteSet, item.id)) ? item : null
  if (before === null) {
    if (!map.has(key)) return false
    map.delete(key)
    return true
  }
  if (!before.deleted) return false
  map.set(key, copyContent(transaction, before))
  return true
}

/** A fresh value equal to what a deleted item held: plain values as they were, maps field by field. */
function copyContent(transaction: Y.Transaction, item: Y.Item): unknown {
  const content = item.content
  if (content instanceof Y.ContentType) {
    const old = content.type
    if (old instanceof Y.Map) {
      const copy = new Y.Map<unknown>()
      for (const [field, child] of old._map) {
        const alive = !child.deleted || Y.isDeleted(transaction.deleteSet, child.id)
        if (alive && !(child.content instanceof Y.ContentType)) {
          copy.set(field, lastOf(child.content.getContent()))
        }
      }
      return copy
    }
    return new Y.Map<unknown>()
  }
  return lastOf(content.getContent())
}

function lastOf(values: unknown[]): unknown {
  return values[values.length - 1]
}

/** Leaves only the writer's own entry in a new card's voice field, with the roster's side. */
function keepOwnEntries(
  card: Y.Map<unknown>,
  field: (typeof VOICE_FIELDS)[number],
  writer: ParticipantId | null,
  side: RoleId | null,
): boolean {
  const map = card.get(field)
  if (!(map instanceof Y.Map)) return false
  let changed = false
  for (const key of [...map.keys()]) {
    if (key !== writer) {
      map.delete(key)
      changed = true
    } else if (side) {
      changed = setSide(map, key, side) || changed
    }
  }
  return changed
}

/** Writes `side` into the writer's entry: a stance record's `role`, or an acceptance's value. */
function setSide(map: Y.Map<unknown>, key: string, side: RoleId): boolean {
  const value = map.get(key)
  if (value === undefined) return false
  if (map._item?.parentSub === 'acceptedBy') {
    if (value === side) return false
    map.set(key, side)
    return true
  }
  const record = readRecord(value)
  if (!record || record.role === side) return false
  map.set(key, { ...record, role: side })
  return true
}
