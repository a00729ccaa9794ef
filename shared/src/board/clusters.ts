import * as Y from 'yjs'
import { hasPrivateWords } from './privateWords'
import { getBoardRoots } from './roots'
import { newItemId } from './ids'
import { getItemMap } from './operations'
import { contentBounds } from './geometry'
import { CLUSTER_MIN_SIZE } from './kinds/cluster'
import { readCoordinate, readId, cutText } from './sanitize'
import { placeOnTop, sortByStacking } from './stacking'
import { gatherCluster } from './tidy'
import { fitClusterFrame } from './clusterFrame'
import {
  MAX_TITLE_LENGTH,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  type BoardSnapshot,
  type ItemId,
  type ParticipantId,
  type RoleId,
} from './schema'

/** Space between a cluster's edge and its notes, and above them for the title. */
const PADDING = 24
const TITLE_SPACE = 56

export interface NewCluster {
  readonly title: string
  readonly memberIds: readonly ItemId[]
  readonly authorId: ParticipantId
  readonly role: RoleId
  readonly id?: ItemId
}

/**
 * Groups items into a named cluster and returns its id. The members are pulled together into
 * rows near where they were, the frame fitted around exactly them, and the whole group put
 * where it covers no other card (tidy.ts); moving the cluster moves them.
 */
export function createCluster(
  doc: Y.Doc,
  board: BoardSnapshot,
  cluster: NewCluster,
  origin?: unknown,
): ItemId {
  const id = cluster.id ?? newItemId()
  const members = cluster.memberIds
    .map((memberId) => board.items.get(memberId))
    .filter((item) => item && canJoinGroup(item))
  const bounds = contentBounds(members.map((m) => m!)) ?? {
    x: 0,
    y: 0,
    width: NOTE_WIDTH,
    height: NOTE_HEIGHT,
  }
  const left = bounds.x - PADDING
  const top = bounds.y - TITLE_SPACE
  const right = Math.max(bounds.x + bounds.width + PADDING, left + CLUSTER_MIN_SIZE)
  const bottom = Math.max(bounds.y + bounds.height + PADDING, top + CLUSTER_MIN_SIZE)
  const { items, meta } = getBoardRoots(doc)
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    items.set(id, map)
    map.set('kind', 'cluster')
    map.set('x', Math.round(readCoordinate(left)))
    map.set('y', Math.round(readCoordinate(top)))
    map.set('width', Math.round(right - left))
    map.set('height', Math.round(bottom - top))
    map.set('title', cutText(cluster.title.trim(), MAX_TITLE_LENGTH) || 'Cluster')
    map.set('authorId', cluster.authorId)
    map.set('role', cluster.role)
    map.set('stageId', readId(meta.get('currentStageId')))
    map.set('createdAt', Date.now())
    placeOnTop(doc, map)
    const formerGroups = new Set<ItemId>()
    for (const member of members) {
      const memberMap = getItemMap(doc, member!.id)
      const previous = memberMap?.get('clusterId')
      if (typeof previous === 'string') formerGroups.add(previous as ItemId)
      memberMap?.set('clusterId', id)
    }
    gatherCluster(doc, board, id)
    // The groups the members came from shrink to the cards they still hold.
    for (const group of formerGroups) fitClusterFrame(doc, group)
  }, origin)
  return id
}

/**
 * Whether a card of this kind can be in a group: notes and reframes. Outcomes belong to the
 * framework, not to a theme, and groups do not nest.
 */
export function canJoinGroup(item: { readonly kind: string }): boolean {
  return item.kind === 'note' || item.kind === 'reframe'
}

/**
 * Whether `item` is one of the cards group `clusterId` holds (canJoinGroup). The board's frame
 * and the outline count the same cards.
 */
export function isClusterMember(
  item: { readonly kind: string; readonly clusterId?: ItemId | null },
  clusterId: ItemId,
): boolean {
  return canJoinGroup(item) && item.clusterId === clusterId
}

/**
 * Whether any of `ids` still has its words in its author's private document: such cards are
 * grouped after reveal, because a group's name is on the board for everyone and would speak
 * for words the room has not read.
 */
export function holdsPrivateWords(board: BoardSnapshot, ids: readonly ItemId[]): boolean {
  return ids.some((id) => {
    const item = board.items.get(id)
    return (
      item !== undefined &&
      hasPrivateWords({ kind: item.kind, stageId: item.stageId ?? null }, board.stages)
    )
  })
}

/**
 * Groups items into a new cluster drawn around them (as createCluster) and returns its id, or
 * null, with nothing written, when none of them exists or can be grouped (canJoinGroup),
 * or when one of them is written privately and not yet revealed (holdsPrivateWords).
 */
export function groupItems(
  doc: Y.Doc,
  board: BoardSnapshot,
  cluster: NewCluster,
  origin?: unknown,
): ItemId | null {
  if (holdsPrivateWords(board, cluster.memberIds)) return null
  const groupable = cluster.memberIds.some((memberId) => {
    const item = board.items.get(memberId)
    return item !== undefined && canJoinGroup(item)
  })
  return groupable ? createCluster(doc, board, cluster, origin) : null
}

/** Renames a cluster. */
export function renameCluster(doc: Y.Doc, clusterId: ItemId, title: string, origin?: unknown) {
  const map = getItemMap(doc, clusterId)
  if (!map || map.get('kind') !== 'cluster') return false
  doc.transact(() => map.set('title', cutText(title.trim(), MAX_TITLE_LENGTH) || 'Cluster'), origin)
  return true
}

/** Puts an item into a cluster, or takes it out with `null`; both groups' frames refit. */
export function setCluster(doc: Y.Doc, itemId: ItemId, clusterId: ItemId | null, origin?: unknown) {
  const map = getItemMap(doc, itemId)
  if (!map || map.get('kind') === 'cluster') return false
  if (clusterId && !canJoinGroup({ kind: String(map.get('kind')) })) return false
  if (clusterId && getItemMap(doc, clusterId)?.get('kind') !== 'cluster') return false
  const previous = map.get('clusterId')
  doc.transact(() => {
    if (clusterId) map.set('clusterId', clusterId)
    else map.delete('clusterId')
    if (typeof previous === 'string') fitClusterFrame(doc, previous as ItemId)
    if (clusterId) fitClusterFrame(doc, clusterId)
  }, origin)
  return true
}

/** Moves a cluster by (dx, dy) and every member with it, in one step. */
export function moveCluster(
  doc: Y.Doc,
  board: BoardSnapshot,
  clusterId: ItemId,
  dx: number,
  dy: number,
  origin?: unknown,
): boolean {
  const cluster = board.items.get(clusterId)
  if (!cluster || cluster.kind !== 'cluster') return false
  doc.transact(() => {
    for (const item of board.items.values()) {
      if (item.id !== clusterId && !('clusterId' in item && item.clusterId === clusterId)) continue
      const map = getItemMap(doc, item.id)
      map?.set('x', Math.round(readCoordinate(item.x + dx)))
      map?.set('y', Math.round(readCoordinate(item.y + dy)))
    }
  }, origin)
  return true
}

/** Removes the cluster and frees its notes where they stand. */
export function dissolveCluster(doc: Y.Doc, clusterId: ItemId, origin?: unknown): boolean {
  const { items } = getBoardRoots(doc)
  if (getItemMap(doc, clusterId)?.get('kind') !== 'cluster') return false
  doc.transact(() => {
    items.forEach((item) => {
      if (item instanceof Y.Map && item.get('clusterId') === clusterId) item.delete('clusterId')
    })
    items.delete(clusterId)
  }, origin)
  return true
}

/** The id of the cluster whose frame contains the board point (x, y), topmost by stacking. */
export function clusterAt(board: BoardSnapshot, x: number, y: number): ItemId | null {
  let found: ItemId | null = null
  for (const item of sortByStacking(board.items.values())) {
    if (item.kind !== 'cluster') continue
    if (x >= item.x && x <= item.x + item.width && y >= item.y && y <= item.y + item.height) {
      found = item.id
    }
  }
  return found
}
