import type * as Y from 'yjs'
import { readBoard } from './read'
import { getItemMap } from './operations'
import { itemBounds, type Bounds } from './geometry'
import { findFreeSpot } from './placement'
import { sortByStacking } from './stacking'
import { readCoordinate } from './sanitize'
import type { ItemId } from './schema'

/**
 * Moves each card of `ids` that covers another card to the nearest free place, so a batch made
 * out of sight of each other (private writing, revealed at once) lands with none hiding another.
 * Cards are taken bottom to top: the lower of two stays where its author put it. Groups' frames
 * are not in the way (a group's cards sit inside it). Call inside a transaction.
 */
export function separateCards(doc: Y.Doc, ids: ReadonlySet<ItemId>): void {
  const board = readBoard(doc)
  const cards = [...board.items.values()].filter((item) => item.kind !== 'cluster')
  const placed: Bounds[] = cards.filter((item) => !ids.has(item.id)).map(itemBounds)
  for (const card of sortByStacking(cards.filter((item) => ids.has(item.id)))) {
    const bounds = itemBounds(card)
    if (placed.some((other) => overlaps(bounds, other))) {
      const spot = findFreeSpot({ ...bounds, near: bounds, taken: placed })
      const map = getItemMap(doc, card.id)
      map?.set('x', Math.round(readCoordinate(spot.x)))
      map?.set('y', Math.round(readCoordinate(spot.y)))
      placed.push({ ...bounds, ...spot })
    } else {
      placed.push(bounds)
    }
  }
}

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
