import type * as Y from 'yjs'
import { MAX_TITLE_LENGTH, type Cluster, type ItemId } from '../schema'
import { readString } from '../sanitize'
import { readItemBase } from './base'

/** Clusters are at least this big and at most this big, in board units. */
export const CLUSTER_MIN_SIZE = 240
export const CLUSTER_MAX_SIZE = 20_000

/** Reads a named group of notes. */
export function readCluster(id: ItemId, map: Y.Map<unknown>): Cluster {
  return {
    ...readItemBase(id, map),
    kind: 'cluster',
    title: readString(map.get('title'), MAX_TITLE_LENGTH, 'Cluster'),
    width: readSize(map.get('width')),
    height: readSize(map.get('height')),
  }
}

function readSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return CLUSTER_MIN_SIZE
  return Math.max(CLUSTER_MIN_SIZE, Math.min(CLUSTER_MAX_SIZE, value))
}
