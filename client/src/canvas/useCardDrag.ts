import { useDraggable } from '@dnd-kit/core'
import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../adapters/BoardProvider'
import { useRemoteDrag } from '../adapters/useBoard'

/**
 * A board card that moves like a note: dnd-kit inside the notes' DndContext (so the notes' drag
 * plumbing, useNoteDrag, writes the drop and shares the drag live), and, while someone else
 * drags it, their position from presence. Returns where to draw the card right now.
 */
export function useCardDrag(
  id: ItemId,
  at: { readonly x: number; readonly y: number },
  options: { readonly disabled: boolean; readonly roleDescription: string },
) {
  const { ui } = useBoardSession()
  const remoteDrag = useRemoteDrag(id)
  const drag = useDraggable({
    id,
    disabled: options.disabled,
    attributes: { roleDescription: options.roleDescription },
  })
  const { transform, isDragging } = drag
  // While this device drags, dnd-kit's transform is in screen pixels; the world is scaled.
  const zoom = transform ? ui.getState().viewport.zoom : 1
  const x = transform ? at.x + transform.x / zoom : (remoteDrag?.x ?? at.x)
  const y = transform ? at.y + transform.y / zoom : (remoteDrag?.y ?? at.y)
  const movedBy = remoteDrag && !isDragging ? remoteDrag.user?.name || 'Someone' : null
  return { ...drag, x, y, movedBy }
}
