import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addNote,
  applyTemplate,
  editText,
  getTemplate,
  initBoard,
  readBoard,
  readPrivateWords,
  writePrivateWords,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { deleteRestorably } from './restorableDelete'

const AMINA = { authorId: 'amina' as ParticipantId, role: 'lived-experience' }

function board(template: 'blank' | 'co-production' = 'blank') {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Crisis pathway', purpose: '', createdAt: 0 })
  applyTemplate(doc, getTemplate(template))
  return doc
}

describe('a deletion that can be taken back', () => {
  it('puts the card back with its words, after other edits by the same person', () => {
    const doc = board()
    const origin = { source: 'amina' }
    const id = addNote(doc, { x: 0, y: 0, text: 'Letters arrive late', ...AMINA }, origin)
    const other = addNote(doc, { x: 300, y: 0, text: 'Nobody rings', ...AMINA }, origin)

    const deleted = deleteRestorably(doc, id)
    expect(readBoard(doc).items.has(id)).toBe(false)
    editText(doc, other, 'text', 'Nobody rings back', origin)

    deleted.restore()
    const back = readBoard(doc).items.get(id)
    expect(back?.kind === 'note' && back.text).toBe('Letters arrive late')
    expect(readBoard(doc).items.get(other)?.kind === 'note').toBe(true)
  })

  it('puts back the private words of a card from a private stage in the same step', () => {
    const doc = board('co-production')
    const words = new Y.Doc()
    const id = addNote(doc, { x: 0, y: 0, ...AMINA })
    writePrivateWords(words, id, 'note', 'text', 'What I have not said yet')

    const deleted = deleteRestorably(doc, id, words)
    expect(readPrivateWords(words).has(id)).toBe(false)

    deleted.restore()
    expect(readBoard(doc).items.has(id)).toBe(true)
    expect(readPrivateWords(words).get(id)?.text).toBe('What I have not said yet')
  })

  it('does nothing once released', () => {
    const doc = board()
    const id = addNote(doc, { x: 0, y: 0, text: 'Gone for good', ...AMINA })
    const deleted = deleteRestorably(doc, id as ItemId)
    deleted.release()
    deleted.restore()
    expect(readBoard(doc).items.has(id)).toBe(false)
  })
})
