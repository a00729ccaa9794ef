import type * as Y from 'yjs'
import {
  createCluster,
  getItemMap,
  moveItem,
  type BoardItem,
  type BoardSnapshot,
  type ItemId,
  type NewCluster,
} from '@coboard/shared'

/**
 * Groups items into a new cluster whose frame fits around them, and returns its id (null when
 * none of them can be grouped). createCluster measures the frame from the board origin as well
 * as from the members (`Math.min(...xs, 0)`), so a group far from 0,0 got a frame reaching back
 * to it. Measuring the members from their own top-left corner and moving the frame there after,
 * in one transaction, gives the right frame with that code and after it is fixed.
 */
export function groupIntoCluster(
  doc: Y.Doc,
  board: BoardSnapshot,
  cluster: NewCluster,
  origin?: unknown,
): ItemId | null {
  const members = cluster.memberIds
    .map((id) => board.items.get(id))
    .filter((item): item is BoardItem => item !== undefined && item.kind !== 'cluster')
  if (members.length === 0) return null
  const dx = Math.min(...members.map((item) => item.x))
  const dy = Math.min(...members.map((item) => item.y))
  const shifted = new Map(board.items)
  for (const item of members) shifted.set(item.id, { ...item, x: item.x - dx, y: item.y - dy })
  let id: ItemId | null = null
  doc.transact(() => {
    id = createCluster(doc, { ...board, items: shifted }, cluster, origin)
    const frame = getItemMap(doc, id)
    const x = Number(frame?.get('x') ?? 0)
    const y = Number(frame?.get('y') ?? 0)
    moveItem(doc, id, x + dx, y + dy, origin)
  }, origin)
  return id
}
