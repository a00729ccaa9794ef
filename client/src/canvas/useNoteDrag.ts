import { useMemo, useRef } from 'react'
import type { DragCancelEvent, DragEndEvent, DragMoveEvent, DragStartEvent } from '@dnd-kit/core'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../adapters/BoardProvider'

/**
 * The drag lifecycle of a note: others see it move live through awareness (throttled), and the
 * document is written once, on drop. Deltas arrive in screen pixels and are divided by the zoom.
 */
export function useNoteDrag() {
  const { actions, board, presence, ui } = useBoardSession()
  const start = useRef<{ x: number; y: number } | null>(null)

  return useMemo(() => {
    const target = (event: DragMoveEvent | DragEndEvent) => {
      const origin = start.current
      if (!origin) return null
      const { zoom } = ui.getState().viewport
      return { x: origin.x + event.delta.x / zoom, y: origin.y + event.delta.y / zoom }
    }
    const finish = () => {
      start.current = null
      presence.setDrag(null)
      ui.getState().setDragging(null)
    }
    return {
      onDragStart(event: DragStartEvent) {
        const id = event.active.id as ItemId
        const item = board.getState().board.items.get(id)
        if (!item) return
        start.current = { x: item.x, y: item.y }
        ui.getState().select(id)
        ui.getState().setDragging(id)
      },
      onDragMove(event: DragMoveEvent) {
        const position = target(event)
        if (position) presence.setDrag({ itemId: event.active.id as ItemId, ...position })
      },
      onDragEnd(event: DragEndEvent) {
        const position = target(event)
        // Write the document before clearing the drag: peers then never see the note jump back
        // to its old place between the two messages.
        if (position && (event.delta.x !== 0 || event.delta.y !== 0)) {
          actions.moveNote(event.active.id as ItemId, position.x, position.y)
        }
        finish()
      },
      onDragCancel(_event: DragCancelEvent) {
        finish()
      },
    }
  }, [actions, board, presence, ui])
}
