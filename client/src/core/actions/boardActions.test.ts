import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  applyTemplate,
  getTemplate,
  initBoard,
  readBoard,
  readPrivateWords,
  type ItemId,
} from '@coboard/shared'
import { createUiStore } from '../state/uiStore'
import { createBoardActions } from './boardActions'

/** A co-production board (its first stage is private writing) and a person on it. */
function workshop() {
  const board = new Y.Doc()
  initBoard(board, { title: 'Crisis pathway', purpose: '', createdAt: 0 })
  applyTemplate(board, getTemplate('co-production'))
  const words = new Y.Doc()
  const ui = createUiStore('board-for-tests')
  ui.getState().setMe('Amina', 'lived-experience')
  const actions = createBoardActions(board, ui, { source: 'amina' }, words)
  const updates: Uint8Array[] = []
  board.on('update', (update: Uint8Array) => updates.push(update))
  return { board, words, actions, updates }
}

describe('adding a written note', () => {
  it('adds its words, colour and consent in one step, with its words kept private', () => {
    const { board, words, actions, updates } = workshop()

    const id = actions.addWrittenNote({
      x: 40,
      y: 60,
      text: 'What I have not told anyone yet',
      color: 'blue',
      consent: 'room-only',
    })

    // One update: nobody sees the note arrive before its consent, not even for a moment.
    expect(updates).toHaveLength(1)
    expect(readBoard(board).items.get(id)).toMatchObject({
      kind: 'note',
      text: '',
      color: 'blue',
      consent: 'room-only',
    })
    expect(readPrivateWords(words).get(id as ItemId)).toEqual({
      text: 'What I have not told anyone yet',
    })
  })
})
