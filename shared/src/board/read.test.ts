import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  createBoardReader,
  editText,
  getBoardRoots,
  initBoard,
  type ParticipantId,
} from '.'

describe('createBoardReader', () => {
  it('keeps the identity of items that did not change', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Board' })
    const author = { authorId: 'p1' as ParticipantId, role: 'provider' }
    const first = addNote(doc, { x: 0, y: 0, ...author, text: 'one' })
    const second = addNote(doc, { x: 0, y: 0, ...author, text: 'two' })
    const reader = createBoardReader(doc)
    const before = reader.read()
    expect(reader.read()).toBe(before)
    editText(doc, second, 'text', 'two!')
    const after = reader.read()
    expect(after).not.toBe(before)
    expect(after.items.get(first)).toBe(before.items.get(first))
    expect(after.items.get(second)).not.toBe(before.items.get(second))
    expect(after.meta).toBe(before.meta)
    reader.destroy()
  })

  it('keeps the items map itself when only people or settings changed', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Board' })
    addNote(doc, { x: 0, y: 0, authorId: 'p1' as ParticipantId, role: 'provider', text: 'one' })
    const reader = createBoardReader(doc)
    const before = reader.read()
    doc.transact(() => getBoardRoots(doc).meta.set('title', 'Renamed'))
    const renamed = reader.read()
    expect(renamed.meta).not.toBe(before.meta)
    expect(renamed.items).toBe(before.items)
    addNote(doc, { x: 9, y: 9, authorId: 'p1' as ParticipantId, role: 'provider', text: 'two' })
    expect(reader.read().items).not.toBe(before.items)
    reader.destroy()
  })
})
