import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { deleteItem, readBoard } from '@coboard/shared'
import { makeBigBoard } from '../../../shared/src/board/testing/bigBoard'
import { splitState } from './splitState'

describe('splitState', () => {
  it('cuts a big board into small updates that, applied in order, give the same board', () => {
    const doc = makeBigBoard(2_000, 300)
    // Some deletions, so the delete set has something to carry.
    for (const id of [...readBoard(doc).items.keys()].slice(0, 50)) deleteItem(doc, id)
    const pieces = splitState(doc, 64 * 1024)
    expect(pieces.length).toBeGreaterThan(5)
    for (const piece of pieces) expect(piece.byteLength).toBeLessThan(80 * 1024)

    const copy = new Y.Doc()
    for (const piece of pieces) Y.applyUpdate(copy, piece)
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc))
    expect(copy.store.pendingStructs).toBeNull()
    expect(readBoard(copy)).toEqual(readBoard(doc))
    expect(readBoard(copy).items.size).toBe(1_950)
  })

  it('gives an empty document as one update', () => {
    const pieces = splitState(new Y.Doc(), 1024)
    const copy = new Y.Doc()
    for (const piece of pieces) Y.applyUpdate(copy, piece)
    expect(copy.share.size).toBe(0)
  })
})
