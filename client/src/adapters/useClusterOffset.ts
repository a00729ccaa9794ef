import type { BoardItem, ItemId } from '@coboard/shared'
import { useBoardState, usePresence } from './useBoard'
import { useUi } from './useUi'

const clusterOf = (item: BoardItem | undefined): ItemId | null =>
  item && (item.kind === 'note' || item.kind === 'reframe') ? item.clusterId : null

/**
 * How far item `id` is carried by its cluster being dragged right now, here or by a peer, so
 * members travel with the frame before anything is written. Selectors return numbers, so an
 * item re-renders only when its own cluster moves.
 */
export function useClusterOffset(id: ItemId): { dx: number; dy: number } {
  const clusterId = useBoardState((state) => clusterOf(state.board.items.get(id)))
  const localDx = useUi((s) =>
    clusterId && s.clusterDrag?.clusterId === clusterId ? s.clusterDrag.dx : 0,
  )
  const localDy = useUi((s) =>
    clusterId && s.clusterDrag?.clusterId === clusterId ? s.clusterDrag.dy : 0,
  )
  // A peer's drag of the frame: where they hold it now, against where the document has it.
  const drag = usePresence((state) => (clusterId ? state.remoteDrags.get(clusterId) : undefined))
  const cluster = useBoardState((state) =>
    drag && clusterId ? state.board.items.get(clusterId) : undefined,
  )
  const remoteDx = drag && cluster ? drag.x - cluster.x : 0
  const remoteDy = drag && cluster ? drag.y - cluster.y : 0
  return { dx: localDx || remoteDx, dy: localDy || remoteDy }
}
