import { describe, expect, it } from 'vitest'
import {
  clusterAt,
  createCluster,
  dissolveCluster,
  groupItems,
  moveCluster,
  renameCluster,
  setCluster,
} from './clusters'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'
import type { ItemId, ParticipantId } from './schema'

const id = (n: number) => `item-${n}` as ItemId

describe('clusters', () => {
  it('leaves an outcome out of a group: the frame is drawn around the notes alone', () => {
    const doc = makeBoard({
      people: [person('raj', 'other')],
      items: [
        note('raj', 'a', { x: 0, y: 0 }),
        // The builder puts the second item at x = 260, beside the note.
        { kind: 'outcome', by: 'raj', outcome: 'Fewer repeat calls', measure: 'Log' },
      ],
    })
    const clusterId = groupItems(doc, readBoard(doc), {
      title: 'Mixed',
      memberIds: [id(1), id(2)],
      authorId: 'raj' as ParticipantId,
      role: 'other',
    })
    const board = readBoard(doc)
    expect(board.items.get(id(2))).not.toMatchObject({ clusterId })
    const frame = board.items.get(clusterId!)
    expect(frame?.kind === 'cluster' && frame.x + frame.width).toBeLessThan(260)
    expect(setCluster(doc, id(2), clusterId)).toBe(false)
  })

  it('groups notes, moves them together, renames and dissolves', () => {
    const doc = makeBoard({
      people: [person('raj', 'other')],
      items: [
        note('raj', 'a', { x: 0, y: 0 }),
        note('raj', 'b', { x: 300, y: 0 }),
        note('raj', 'c', { x: 900, y: 900 }),
      ],
    })
    const clusterId = createCluster(doc, readBoard(doc), {
      title: 'Call backs',
      memberIds: [id(1), id(2)],
      authorId: 'raj' as ParticipantId,
      role: 'other',
    })
    let board = readBoard(doc)
    expect(board.items.get(id(1))).toMatchObject({ clusterId })
    expect(clusterAt(board, 10, 10)).toBe(clusterId)
    moveCluster(doc, board, clusterId, 100, 50)
    board = readBoard(doc)
    expect(board.items.get(id(1))).toMatchObject({ x: 100, y: 50 })
    expect(board.items.get(id(2))).toMatchObject({ x: 400, y: 50 })
    expect(board.items.get(id(3))).toMatchObject({ x: 900, y: 900 })
    renameCluster(doc, clusterId, 'Calling back')
    expect(readBoard(doc).items.get(clusterId)).toMatchObject({ title: 'Calling back' })
    dissolveCluster(doc, clusterId)
    board = readBoard(doc)
    expect(board.items.has(clusterId)).toBe(false)
    expect(board.items.get(id(1))).toMatchObject({ clusterId: null, x: 100 })
  })

  it('fits the frame around notes far from the origin, not back to 0,0', () => {
    const doc = makeBoard({
      people: [person('raj', 'other')],
      items: [note('raj', 'a', { x: 2000, y: 1500 }), note('raj', 'b', { x: 2300, y: 1600 })],
    })
    const clusterId = createCluster(doc, readBoard(doc), {
      title: 'Far away',
      memberIds: [id(1), id(2)],
      authorId: 'raj' as ParticipantId,
      role: 'other',
    })
    const frame = readBoard(doc).items.get(clusterId)
    if (frame?.kind !== 'cluster') throw new Error('expected a cluster')
    expect(frame.x).toBeGreaterThan(1900)
    expect(frame.y).toBeGreaterThan(1400)
    expect(frame.x).toBeLessThan(2000)
    expect(frame.y).toBeLessThan(1500)
    expect(frame.width).toBeLessThan(700)
    expect(frame.height).toBeLessThan(500)
  })

  it('groups only items that can be grouped, and makes no cluster of none', () => {
    const doc = makeBoard({ people: [person('raj', 'other')], items: [note('raj', 'a')] })
    const raj = { authorId: 'raj' as ParticipantId, role: 'other' }
    const before = readBoard(doc).items.size
    expect(groupItems(doc, readBoard(doc), { title: '', memberIds: [id(9)], ...raj })).toBeNull()
    expect(readBoard(doc).items.size).toBe(before)
    const clusterId = groupItems(doc, readBoard(doc), { title: '', memberIds: [id(1)], ...raj })
    expect(clusterId).not.toBeNull()
    expect(
      groupItems(doc, readBoard(doc), { title: '', memberIds: [clusterId!], ...raj }),
    ).toBeNull()
    expect(readBoard(doc).items.get(id(1))).toMatchObject({ clusterId })
  })
})
