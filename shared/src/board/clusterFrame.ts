import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readItem } from './kinds'
import { CLUSTER_MIN_SIZE } from './kinds/cluster'
import { contentBounds, type Bounds } from './geometry'
import { readCoordinate } from './sanitize'
import type { BoardItem, ItemId } from './schema'

/** Space between a group's frame and its cards. */
export const CLUSTER_PADDING = 24
/** Room inside the top of a group's frame for its title. */
export const CLUSTER_TITLE_SPACE = 56

/** The frame that holds exactly cards within `members`: padded around them, the title above. */
export function frameAround(members: Bounds): Bounds {
  const x = members.x - CLUSTER_PADDING
  const y = members.y - CLUSTER_TITLE_SPACE
  const width = Math.max(members.width + CLUSTER_PADDING * 2, CLUSTER_MIN_SIZE)
  const height = Math.max(members.height + CLUSTER_TITLE_SPACE + CLUSTER_PADDING, CLUSTER_MIN_SIZE)
  return { x, y, width, height }
}

/** The cards group `clusterId` holds, as the document has them now (the same rule as isClusterMember). */
export function readClusterMembers(doc: Y.Doc, clusterId: ItemId): BoardItem[] {
  const members: BoardItem[] = []
  getBoardRoots(doc).items.forEach((map, id) => {
    if (!(map instanceof Y.Map) || map.get('clusterId') !== clusterId) return
    const item = readItem(id as ItemId, map)
    if (item && (item.kind === 'note' || item.kind === 'reframe')) members.push(item)
  })
  return members
}

/**
 * Makes group `clusterId`'s frame hold exactly its members as they stand: it grows and shrinks
 * with them, so it never takes in a card that is not in it. Call inside the transaction that
 * moved, added or removed a member; a group left without members keeps its frame.
 */
export function fitClusterFrame(doc: Y.Doc, clusterId: ItemId): void {
  const map = getBoardRoots(doc).items.get(clusterId)
  if (!(map instanceof Y.Map) || map.get('kind') !== 'cluster') return
  const bounds = contentBounds(readClusterMembers(doc, clusterId))
  if (!bounds) return
  const frame = frameAround(bounds)
  for (const [key, value] of Object.entries(frame)) {
    const next = Math.round(readCoordinate(value))
    if (map.get(key) !== next) map.set(key, next)
  }
}
