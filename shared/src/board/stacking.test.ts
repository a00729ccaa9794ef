import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, getItemMap, initBoard, moveItem } from './operations'
import { addOutcome } from './outcomes'
import { readBoard } from './read'
import { repairBoard } from './repair'
import { getBoardRoots } from './roots'
import { exportBoardJson } from './export/json'
import { buildBoardFromExport, parseBoardExport } from './export/importBoard'
import {
  MAX_STACK_INDEX_LENGTH,
  compareStacking,
  isStackIndex,
  sortByStacking,
  type Stacked,
} from './stacking'
import type { ItemId, ParticipantId } from './schema'

const author = { authorId: 'p1' as ParticipantId, role: 'provider' }

function board(): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Stacking' })
  return doc
}

const order = (doc: Y.Doc) => sortByStacking(readBoard(doc).items.values()).map((item) => item.id)

describe('stacking', () => {
  it('puts each new card on top of the ones before, whatever its kind', () => {
    const doc = board()
    const first = addNote(doc, { x: 0, y: 0, ...author })
    const second = addOutcome(doc, { x: 0, y: 0, ...author })
    const third = addNote(doc, { x: 0, y: 0, ...author })
    expect(order(doc)).toEqual([first, second, third])
  })

  it('stacks cards made in one transaction (an import) in the order they were made', () => {
    const doc = board()
    const before = addNote(doc, { x: 0, y: 0, ...author })
    const made: string[] = []
    doc.transact(() => {
      for (let i = 0; i < 3; i++) made.push(addNote(doc, { x: 0, y: 0, ...author }))
      moveItem(doc, before, 5, 5)
    })
    expect(order(doc)).toEqual([...made, before])
  })

  it('brings a moved card to the top, in the same step as the move', () => {
    const doc = board()
    const first = addNote(doc, { x: 0, y: 0, ...author })
    const second = addNote(doc, { x: 0, y: 0, ...author })
    const undo = new Y.UndoManager(getBoardRoots(doc).items, {
      trackedOrigins: new Set(['me']),
    })
    moveItem(doc, first, 40, 40, 'me')
    expect(order(doc)).toEqual([second, first])
    undo.undo()
    expect(order(doc)).toEqual([first, second])
  })

  it('gives two documents that exchange updates the same order', () => {
    const a = board()
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const one = addNote(a, { x: 0, y: 0, ...author })
    const two = addNote(b, { x: 0, y: 0, ...author })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    // Both raise at once: equal keys, and the id breaks the tie the same way on both.
    moveItem(a, one, 10, 10)
    moveItem(b, two, 10, 10)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    expect(order(a)).toEqual(order(b))
  })

  it('orders items without a key (older boards) below keyed ones, by creation time then id', () => {
    const item = (id: string, stackIndex: string | null, createdAt = 0): Stacked => ({
      id,
      stackIndex,
      createdAt,
    })
    const sorted = [
      item('new', 'a0'),
      item('late', null, 20),
      item('b', null, 10),
      item('a', null, 10),
    ].sort(compareStacking)
    expect(sorted.map((entry) => entry.id)).toEqual(['a', 'b', 'late', 'new'])
  })

  it('accepts only well-formed keys of bounded length', () => {
    expect(isStackIndex('a0')).toBe(true)
    expect(isStackIndex('a0V')).toBe(true)
    expect(isStackIndex('')).toBe(false)
    expect(isStackIndex('a00')).toBe(false)
    expect(isStackIndex('a0 ')).toBe(false)
    expect(isStackIndex(42)).toBe(false)
    expect(isStackIndex('a' + 'V'.repeat(MAX_STACK_INDEX_LENGTH))).toBe(false)
  })

  it('reads a malformed key as missing, and repair removes it', () => {
    const doc = board()
    const id = addNote(doc, { x: 0, y: 0, ...author })
    getItemMap(doc, id)!.set('stackIndex', 'x'.repeat(5000))
    expect(readBoard(doc).items.get(id)?.stackIndex).toBeNull()
    expect(repairBoard(doc, [id as ItemId])).toBe(1)
    expect(getItemMap(doc, id)!.has('stackIndex')).toBe(false)
  })

  it('travels in the board file: an imported board stacks as the exported one did', () => {
    const doc = board()
    const first = addNote(doc, { x: 0, y: 0, ...author })
    const second = addNote(doc, { x: 0, y: 0, ...author })
    moveItem(doc, first, 20, 20)
    const file = JSON.parse(JSON.stringify(exportBoardJson('b', readBoard(doc))))
    const importFile = (value: unknown) => {
      const parsed = parseBoardExport(value)
      if (!parsed.ok) throw new Error(parsed.error)
      const copy = new Y.Doc()
      buildBoardFromExport(parsed.value, copy)
      return copy
    }
    expect(order(importFile(file))).toEqual([second, first])
    // A hand-edited key no operation would write is not taken in.
    file.items.find((item: { id: string }) => item.id === second).stackIndex = 'a00'
    expect(readBoard(importFile(file)).items.get(second)?.stackIndex).not.toBe('a00')
  })
})
