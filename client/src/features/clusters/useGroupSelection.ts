import { useEffect } from 'react'
import { canJoinGroup, isHiddenFrom, itemBounds, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { intersects, screenToBoard, visibleRect } from '../../core/state/viewport'
import { BOARD_OBJECT_ATTR } from '../../ui/domTargets'
import { CLUSTER_FRAME_ATTR } from './ClusterFrame'

/** Marks chrome that works on the group selection, so pressing it does not clear the selection. */
export const GROUP_TOOLBAR_ATTR = 'data-group-toolbar'

/**
 * Picking several cards to group: Shift-click a note or reframe to add or remove it, Shift-drag on empty
 * canvas (or a group's frame) to draw a selection rectangle. Listens on the window in the capture
 * phase, before panning and note dragging, and keeps those from seeing a Shift press it handles.
 */
export function useGroupSelection() {
  const { ui, board, readOnly } = useBoardSession()
  useEffect(() => {
    if (readOnly) return
    const store = ui.getState
    let origin: { x: number; y: number; canvas: Element; pointerId: number } | null = null

    /** The id of the card under `target` if it can join a group, else null. */
    const groupableCardAt = (target: Element): ItemId | null => {
      const element = target.closest<HTMLElement>('[data-note-id], [data-item-id]')
      const id = (element?.dataset.noteId ?? element?.dataset.itemId) as ItemId | undefined
      const item = id ? board.getState().board.items.get(id) : undefined
      return item && canJoinGroup(item) ? item.id : null
    }
    const inSight = (id: ItemId) => {
      const item = board.getState().board.items.get(id)
      const { viewport, screen } = ui.getState()
      return item !== undefined && intersects(itemBounds(item), visibleRect(viewport, screen))
    }
    const local = (canvas: Element, event: PointerEvent) => {
      const rect = canvas.getBoundingClientRect()
      return { x: event.clientX - rect.left, y: event.clientY - rect.top }
    }
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(`[${GROUP_TOOLBAR_ATTR}]`)) return
      const canvas = target?.closest('.board-canvas')
      if (!event.shiftKey || event.button !== 0 || !canvas || !target) {
        if (store().groupSelection.length) store().setGroupSelection([])
        return
      }
      const card = groupableCardAt(target)
      const onEmpty = !target.closest(`[${BOARD_OBJECT_ATTR}]`)
      const onFrame = target.closest(`[${CLUSTER_FRAME_ATTR}]`) && !card
      if (!card && !onEmpty && !onFrame) return
      event.stopPropagation()
      event.preventDefault()
      if (card) {
        // Shift-click extends the single selection the way it does in every drawing tool, but
        // only with a card the person can see: one picked long ago and scrolled away would
        // join without their knowing.
        const single = ui.getState().selectedId
        if (single && !store().groupSelection.length && single !== card && inSight(single)) {
          store().setGroupSelection([single])
        }
        store().toggleGrouped(card)
        ui.getState().select(null)
        return
      }
      const start = local(canvas, event)
      origin = { ...start, canvas, pointerId: event.pointerId }
      store().setMarquee({ x0: start.x, y0: start.y, x1: start.x, y1: start.y })
    }
    const onPointerMove = (event: PointerEvent) => {
      if (!origin || event.pointerId !== origin.pointerId) return
      const point = local(origin.canvas, event)
      store().setMarquee({ x0: origin.x, y0: origin.y, x1: point.x, y1: point.y })
    }
    const onPointerUp = (event: PointerEvent) => {
      if (!origin || event.pointerId !== origin.pointerId) return
      const marquee = store().marquee
      origin = null
      store().setMarquee(null)
      if (!marquee) return
      const { viewport, me } = ui.getState()
      const a = screenToBoard(
        viewport,
        Math.min(marquee.x0, marquee.x1),
        Math.min(marquee.y0, marquee.y1),
      )
      const b = screenToBoard(
        viewport,
        Math.max(marquee.x0, marquee.x1),
        Math.max(marquee.y0, marquee.y1),
      )
      const area = { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y }
      if (area.width < 2 && area.height < 2) return
      const { items, stages } = board.getState().board
      const picked = [...items.values()]
        .filter((item) => canJoinGroup(item) && !isHiddenFrom(item, me.participantId, stages))
        .filter((item) => intersects(itemBounds(item), area))
        .map((item) => item.id)
      store().setGroupSelection([...new Set([...store().groupSelection, ...picked])])
      ui.getState().select(null)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && store().groupSelection.length) store().setGroupSelection([])
    }
    window.addEventListener('pointerdown', onPointerDown, { capture: true })
    window.addEventListener('pointermove', onPointerMove)
    window.addEventListener('pointerup', onPointerUp)
    window.addEventListener('pointercancel', onPointerUp)
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, { capture: true })
      window.removeEventListener('pointermove', onPointerMove)
      window.removeEventListener('pointerup', onPointerUp)
      window.removeEventListener('pointercancel', onPointerUp)
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [ui, board, readOnly])
}
