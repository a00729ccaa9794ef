import type { BoardItem, ItemId } from '@coboard/shared'
import { useBoardState } from './useBoard'
import type { BoardState } from '../core/state/boardStore'
import { useUi } from './useUi'

const clusterOf = (item: BoardItem | undefined): ItemId | null =>
  item && (item.kind === 'note' || item.kind === 'reframe') ? item.clusterId : null

/** How far a peer has dragged cluster `clusterId` so far, on one axis (0 when nobody is). */
function remoteOffset(state: BoardState, clusterId: ItemId | null, axis: 'x' | 'y'): number {
  if (!clusterId) return 0
  const drag = state.remoteDrags.get(clusterId)
  const cluster = state.board.items.get(clusterId)
  return drag && cluster ? drag[axis] - cluster[axis] : 0
}

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
  const remoteDx = useBoardState((state) => remoteOffset(state, clusterId, 'x'))
  const remoteDy = useBoardState((state) => remoteOffset(state, clusterId, 'y'))
  return { dx: localDx || remoteDx, dy: localDy || remoteDy }
}
