import { findFreeSpot, itemBounds, type BoardItem, type Point } from '@coboard/shared'
import type { UiStore } from '../core/state/uiStore'
import { measurePlacementArea } from './placementArea'

/**
 * Where a new card of the given size goes when its maker did not point at a spot: the free
 * place nearest the middle of what they can see, clear of every card and of the bars and
 * panels over the board (shared placement rule), so pressing "Add" again tiles instead of piling.
 */
export function findFreeSpotInView(
  ui: UiStore,
  items: Iterable<BoardItem>,
  size: { readonly width: number; readonly height: number },
): Point {
  const { area, chrome } = measurePlacementArea(ui)
  const taken = [...chrome]
  for (const item of items) taken.push(itemBounds(item))
  const near = {
    x: area.x + area.width / 2 - size.width / 2,
    y: area.y + area.height / 2 - size.height / 2,
  }
  return findFreeSpot({ ...size, near, taken, area })
}
