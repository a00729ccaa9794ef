import { describe, expect, it } from 'vitest'
import { readBoard } from './read'
import { revealStage } from './stages'
import { itemBounds, type Bounds } from './geometry'
import { makeBoard, note, person } from './testing/builders'
import type { BoardItem, ItemId, ParticipantId } from './schema'

const sian = { participantId: 'sian' as ParticipantId, role: 'provider' }
const id = (n: number) => `item-${n}` as ItemId

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Every pair of cards that overlap, by id. */
function collisions(items: Iterable<BoardItem>): string[] {
  const cards = [...items].filter((item) => item.kind !== 'cluster')
  const found: string[] = []
  cards.forEach((a, i) => {
    for (const b of cards.slice(i + 1)) {
      if (overlaps(itemBounds(a), itemBounds(b))) found.push(`${a.id} ✕ ${b.id}`)
    }
  })
  return found
}

describe('revealing private writing', () => {
  it('spreads notes written out of sight on one spot, so none hides another', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('sian', 'provider'), person('tom', 'lived-experience')],
      hat: 'sian',
      items: [
        note('tom', 'mine', { stage: 0, x: 100, y: 100 }),
        note('sian', 'yours', { stage: 0, x: 110, y: 104 }),
        note('tom', 'also', { stage: 0, x: 100, y: 100 }),
      ],
    })
    expect(collisions(readBoard(doc).items.values())).not.toEqual([])
    revealStage(doc, readBoard(doc).stages[0].id, sian)
    const board = readBoard(doc)
    expect(collisions(board.items.values())).toEqual([])
    // The lowest card stays where its author put it.
    expect(board.items.get(id(1))).toMatchObject({ x: 100, y: 100 })
  })
})
