import { describe, expect, it } from 'vitest'
import { clusterAt, createCluster, dissolveCluster, moveCluster, renameCluster } from './clusters'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'
import type { ItemId, ParticipantId } from './schema'

const id = (n: number) => `item-${n}` as ItemId

describe('clusters', () => {
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
})
