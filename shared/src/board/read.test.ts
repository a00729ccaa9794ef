import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, createBoardReader, editText, initBoard, type ParticipantId } from '.'

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
})
