import { useMemo } from 'react'
import type { DragCancelEvent, DragEndEvent, DragMoveEvent } from '@dnd-kit/core'
import { clusterAt, itemBounds, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import type { useNoteDrag } from '../../canvas/useNoteDrag'

type DragHandlers = ReturnType<typeof useNoteDrag>

/**
 * Adds groups to the board's drag lifecycle. Dragging a frame carries its members (live on this
 * screen through the cluster store, on others through awareness) and writes one moveCluster on
 * drop. Dropping a card with its centre inside a frame joins that group; dropping it with its
 * centre outside every frame leaves. Frames are read as they were before the drop: a member's
 * frame grows to follow it once it has moved, and would otherwise always hold it.
 */
export function useClusterDrag(base: DragHandlers): DragHandlers {
  const { board, ui, facilitation } = useBoardSession()
  return useMemo(() => {
    const kindOf = (id: ItemId) => board.getState().board.items.get(id)?.kind
    const delta = (event: DragMoveEvent | DragEndEvent) => {
      const { zoom } = ui.getState().viewport
      return { dx: event.delta.x / zoom, dy: event.delta.y / zoom }
    }
    /** The group a card dropped after `event` belongs in, read before the drop is written. */
    const groupAtDrop = (id: ItemId, event: DragEndEvent) => {
      const snapshot = board.getState().board
      const item = snapshot.items.get(id)
      if (!item || (item.kind !== 'note' && item.kind !== 'reframe')) return undefined
      const bounds = itemBounds(item)
      const { dx, dy } = delta(event)
      const target = clusterAt(
        snapshot,
        bounds.x + dx + bounds.width / 2,
        bounds.y + dy + bounds.height / 2,
      )
      return target === item.clusterId ? undefined : target
    }
    return {
      ...base,
      onDragMove(event: DragMoveEvent) {
        base.onDragMove(event)
        const id = event.active.id as ItemId
        if (kindOf(id) === 'cluster')
          ui.getState().setClusterDrag({ clusterId: id, ...delta(event) })
      },
      onDragEnd(event: DragEndEvent) {
        const id = event.active.id as ItemId
        const moved = event.delta.x !== 0 || event.delta.y !== 0
        if (kindOf(id) === 'cluster') {
          const { dx, dy } = delta(event)
          if (moved) facilitation.moveCluster(id, dx, dy)
          ui.getState().setClusterDrag(null)
          // Ends the drag without base's single-item move: the members moved with the frame.
          base.onDragCancel(event)
          return
        }
        const target = moved ? groupAtDrop(id, event) : undefined
        base.onDragEnd(event)
        if (target !== undefined) facilitation.setCluster(id, target)
      },
      onDragCancel(event: DragCancelEvent) {
        ui.getState().setClusterDrag(null)
        base.onDragCancel(event)
      },
    }
  }, [base, board, ui, facilitation])
}
