import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { compareStacking, itemBounds, type BoardItem, type ItemId } from '@coboard/shared'
import { useItems, usePresence } from './useBoard'
import { useUi } from './useUi'
import { intersects, visibleRect, type Rect } from '../core/state/viewport'

const CELL = 1024

/**
 * The ids of the items worth rendering: those in or near the visible area, plus any that are
 * selected, being edited or being dragged, bottom to top in the board's stacking order (the DOM
 * order is what stacks them, so every screen covers cards alike). The area is widened by half a screen on each side
 * and snapped to a coarse grid, so panning re-renders this list only now and then, not per frame.
 */
export function useVisibleItemIds(): readonly ItemId[] {
  const items = useItems()
  const remoteDrags = usePresence((state) => state.remoteDrags)
  const keep = useUi(useShallow((state) => [state.selectedId, state.editingId, state.draggingId]))
  const areaKey = useUi((state) => {
    const view = visibleRect(state.viewport, state.screen)
    const x0 = Math.floor((view.x - view.width / 2) / CELL)
    const y0 = Math.floor((view.y - view.height / 2) / CELL)
    const x1 = Math.ceil((view.x + view.width * 1.5) / CELL)
    const y1 = Math.ceil((view.y + view.height * 1.5) / CELL)
    return `${x0},${y0},${x1},${y1}`
  })

  const ids = useMemo(() => {
    const [x0, y0, x1, y1] = areaKey.split(',').map((n) => Number(n) * CELL)
    const area: Rect = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
    const shown: BoardItem[] = []
    for (const item of items.values()) {
      const drag = remoteDrags.get(item.id)
      const bounds = itemBounds(item)
      const rect = { ...bounds, x: drag?.x ?? item.x, y: drag?.y ?? item.y }
      if (intersects(rect, area) || keep.includes(item.id)) shown.push(item)
    }
    return shown.sort(compareStacking).map((item) => item.id)
  }, [items, remoteDrags, keep, areaKey])
  // The same ids keep the same array, so a keystroke or a peer's drag does not re-render the
  // layer: React's pattern for state derived from the previous render.
  const [stable, setStable] = useState(ids)
  if (stable !== ids && !sameIds(stable, ids)) {
    setStable(ids)
    return ids
  }
  return stable
}

const sameIds = (a: readonly ItemId[], b: readonly ItemId[]) =>
  a.length === b.length && a.every((id, index) => id === b[index])
