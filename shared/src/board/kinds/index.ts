import type * as Y from 'yjs'
import type { BoardItem, ItemId, ItemKind } from '../schema'
import { readCluster } from './cluster'
import { readNote } from './note'
import { readOutcome } from './outcome'
import { readReframe } from './reframe'
import { isPlainMap } from '../sharedTypes'

type ItemReader = (id: ItemId, map: Y.Map<unknown>) => BoardItem

/** One reader per item kind; a kind missing here is unknown and skipped by every reader. */
export const ITEM_READERS: Record<ItemKind, ItemReader> = {
  note: readNote,
  reframe: readReframe,
  outcome: readOutcome,
  cluster: readCluster,
}

/** Whether `kind` names an item kind this version of Coboard understands. */
export function isKnownKind(kind: unknown): kind is ItemKind {
  return typeof kind === 'string' && Object.hasOwn(ITEM_READERS, kind)
}

/** Reads one item, or returns null for an unknown kind so that newer or hostile data is skipped. */
export function readItem(id: ItemId, map: unknown): BoardItem | null {
  if (!isPlainMap(map)) return null
  const kind = map.get('kind')
  return isKnownKind(kind) ? ITEM_READERS[kind](id, map as Y.Map<unknown>) : null
}
