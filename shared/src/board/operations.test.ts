import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  deleteItem,
  editText,
  getBoardRoots,
  initBoard,
  joinBoard,
  moveItem,
  readBoard,
  setNoteColor,
  MAX_TEXT_LENGTH,
  type ParticipantId,
} from '.'

const amina = { id: 'p-amina' as ParticipantId, name: 'Amina', role: 'lived-experience' }

function makeDoc() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Crisis pathway', purpose: 'Agree what must change' })
  joinBoard(doc, amina)
  return doc
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('operations', () => {
  it('adds a note that carries its author and role', () => {
    const doc = makeDoc()
    const id = addNote(doc, { x: 10, y: 20, authorId: amina.id, role: amina.role, text: 'Hope' })
    const note = readBoard(doc).items.get(id)
    expect(note).toMatchObject({
      kind: 'note',
      x: 10,
      y: 20,
      role: 'lived-experience',
      text: 'Hope',
    })
    expect(readBoard(doc).participants.get(amina.id)?.name).toBe('Amina')
  })

  it('merges two people typing in the same note', () => {
    const a = makeDoc()
    const b = new Y.Doc()
    const id = addNote(a, { x: 0, y: 0, authorId: amina.id, role: amina.role, text: 'call back' })
    sync(a, b)
    editText(a, id, 'text', 'Always call back')
    editText(b, id, 'text', 'call back within a day')
    sync(a, b)
    expect(readBoard(a).items.get(id)).toMatchObject({ text: 'Always call back within a day' })
    expect(readBoard(b).items.get(id)).toMatchObject({ text: 'Always call back within a day' })
  })

  it('caps note text at the maximum length', () => {
    const doc = makeDoc()
    const id = addNote(doc, { x: 0, y: 0, authorId: amina.id, role: amina.role })
    editText(doc, id, 'text', 'x'.repeat(MAX_TEXT_LENGTH + 500))
    const note = readBoard(doc).items.get(id)
    expect(note?.kind === 'note' && note.text.length).toBe(MAX_TEXT_LENGTH)
  })

  it('moves, recolours and deletes, and ignores a note a peer already deleted', () => {
    const doc = makeDoc()
    const id = addNote(doc, { x: 0, y: 0, authorId: amina.id, role: amina.role })
    expect(moveItem(doc, id, 300.4, -40)).toBe(true)
    expect(setNoteColor(doc, id, 'blue')).toBe(true)
    expect(readBoard(doc).items.get(id)).toMatchObject({ x: 300, y: -40, color: 'blue' })
    expect(deleteItem(doc, id)).toBe(true)
    expect(moveItem(doc, id, 1, 1)).toBe(false)
    expect(editText(doc, id, 'text', 'late')).toBe(false)
    expect(readBoard(doc).items.size).toBe(0)
  })

  it('skips unknown kinds and clamps hostile coordinates when reading', () => {
    const doc = makeDoc()
    const { items } = getBoardRoots(doc)
    const strange = new Y.Map<unknown>()
    items.set('strange', strange)
    strange.set('kind', 'spaceship')
    const id = addNote(doc, { x: 0, y: 0, authorId: amina.id, role: amina.role })
    const note = items.get(id)!
    note.set('x', Number.NaN)
    note.set('y', 1e300)
    note.set('text', 42)
    items.set('not-a-map', 'garbage' as never)
    const board = readBoard(doc)
    expect(board.items.size).toBe(1)
    expect(board.items.get(id)).toMatchObject({ x: 0, y: 1_000_000, text: '' })
  })
})
