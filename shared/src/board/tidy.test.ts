import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readBoard } from './read'
import { moveItem } from './operations'
import { groupItems, setCluster } from './clusters'
import { itemBounds, type Bounds } from './geometry'
import { layoutGrid, tidyCluster, tidyStage } from './tidy'
import { makeBoard, note, person } from './testing/builders'
import type { BoardItem, Cluster, ItemId, ParticipantId } from './schema'

const sian = { participantId: 'sian' as ParticipantId, role: 'provider' }
const tom = { participantId: 'tom' as ParticipantId, role: 'lived-experience' }
const id = (n: number) => `item-${n}` as ItemId

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const contains = (outer: Bounds, inner: Bounds) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

/** Every pair of cards (groups aside) that overlap, by id. */
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

/** Five notes piled on one spot, and one a little apart, on a board Sian facilitates. */
function pile(): Y.Doc {
  return makeBoard({
    people: [person('sian', 'provider'), person('tom', 'lived-experience')],
    hat: 'sian',
    items: [
      ...['a', 'b', 'c', 'd', 'e'].map((text, i) => note('tom', text, { x: i * 10, y: i * 8 })),
      note('tom', 'apart', { x: 900, y: 40 }),
    ],
  })
}

describe('layoutGrid', () => {
  it('lays boxes out in rows with no overlaps, about as wide as a screen', () => {
    const sizes = Array.from({ length: 9 }, (_, i) => ({ width: 220 + (i % 3) * 40, height: 160 }))
    const { spots, width, height } = layoutGrid(sizes)
    const boxes = spots.map((spot, i) => ({ ...spot, ...sizes[i] }))
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)))
    expect(width).toBeGreaterThan(height)
    expect(spots[1].y).toBe(0)
  })
})

describe('tidy', () => {
  it('lays the stage’s cards out with no overlaps, in one undoable step', () => {
    const doc = pile()
    expect(collisions(readBoard(doc).items.values())).not.toEqual([])
    const undo = new Y.UndoManager(getBoardRoots(doc).items, { trackedOrigins: new Set(['me']) })
    expect(tidyStage(doc, sian, 'me')).toBe(true)
    expect(collisions(readBoard(doc).items.values())).toEqual([])
    undo.undo()
    expect(readBoard(doc).items.get(id(2))).toMatchObject({ x: 10, y: 8 })
  })

  it('is for whoever wears the hat: for anyone else it does nothing', () => {
    const doc = pile()
    expect(tidyStage(doc, tom)).toBe(false)
    expect(readBoard(doc).items.get(id(2))).toMatchObject({ x: 10, y: 8 })
  })

  it('moves a group whole, its frame with it, clear of the other cards', () => {
    const doc = pile()
    const group = groupItems(doc, readBoard(doc), {
      title: 'Pair',
      memberIds: [id(1), id(2)],
      ...{ authorId: sian.participantId, role: sian.role },
    })!
    tidyStage(doc, sian)
    const board = readBoard(doc)
    const frame = itemBounds(board.items.get(group)!)
    for (const item of board.items.values()) {
      if (item.kind === 'cluster') continue
      const member = item.kind === 'note' && item.clusterId === group
      expect(contains(frame, itemBounds(item)), item.id).toBe(member)
      if (!member) expect(overlaps(frame, itemBounds(item)), item.id).toBe(false)
    }
    expect(collisions(board.items.values())).toEqual([])
  })
})

describe('a group’s frame', () => {
  function grouped() {
    const doc = pile()
    const group = groupItems(doc, readBoard(doc), {
      title: 'Piled',
      memberIds: [id(1), id(2), id(3)],
      ...{ authorId: sian.participantId, role: sian.role },
    })!
    return { doc, group }
  }
  const frameOf = (doc: Y.Doc, group: ItemId) =>
    itemBounds(readBoard(doc).items.get(group) as Cluster)

  it('pulls piled members apart and holds exactly them, and no card from outside', () => {
    const { doc, group } = grouped()
    const board = readBoard(doc)
    const frame = frameOf(doc, group)
    expect(collisions(board.items.values())).not.toContain(`${id(1)} ✕ ${id(2)}`)
    for (const item of board.items.values()) {
      if (item.kind === 'cluster') continue
      const member = item.kind === 'note' && item.clusterId === group
      if (member) expect(contains(frame, itemBounds(item))).toBe(true)
      else expect(overlaps(frame, itemBounds(item)), item.id).toBe(false)
    }
  })

  it('grows when a member moves out towards its edge and shrinks when one leaves', () => {
    const { doc, group } = grouped()
    const before = frameOf(doc, group)
    moveItem(doc, id(1), before.x + before.width + 100, before.y + 100)
    const grown = frameOf(doc, group)
    expect(grown.width).toBeGreaterThan(before.width)
    setCluster(doc, id(1), null)
    expect(frameOf(doc, group).width).toBeLessThan(grown.width)
  })

  it('shrinks the group a member is taken from into a new one', () => {
    const { doc, group } = grouped()
    const before = frameOf(doc, group)
    groupItems(doc, readBoard(doc), {
      title: 'Taken',
      memberIds: [id(3), id(4)],
      ...{ authorId: sian.participantId, role: sian.role },
    })
    const after = frameOf(doc, group)
    expect(after.width * after.height).toBeLessThan(before.width * before.height)
  })

  it('does not overlap another group made next to it', () => {
    const { doc, group } = grouped()
    const other = groupItems(doc, readBoard(doc), {
      title: 'Rest',
      memberIds: [id(4), id(5)],
      ...{ authorId: sian.participantId, role: sian.role },
    })!
    expect(overlaps(frameOf(doc, group), frameOf(doc, other))).toBe(false)
  })

  it('keeps members that already sit together where people put them', () => {
    const doc = makeBoard({
      people: [person('tom', 'lived-experience')],
      items: [note('tom', 'a', { x: 0, y: 0 }), note('tom', 'b', { x: 244, y: 0 })],
    })
    groupItems(doc, readBoard(doc), {
      title: 'Row',
      memberIds: [id(1), id(2)],
      ...{ authorId: tom.participantId, role: tom.role },
    })
    expect(readBoard(doc).items.get(id(2))).toMatchObject({ x: 244, y: 0 })
  })

  it('tidies one group on its own, for anyone', () => {
    const { doc, group } = grouped()
    moveItem(doc, id(1), 40, 40)
    expect(tidyCluster(doc, group)).toBe(true)
    // The other piled notes are not the group's: only collisions with a member count.
    const members = [id(1), id(2), id(3)]
    const found = collisions(readBoard(doc).items.values()).filter((pair) =>
      members.some((member) => pair.includes(member)),
    )
    expect(found).toEqual([])
  })
})
