import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addNote,
  moveItem,
  readBoard,
  readPrivateWords,
  writePrivateWords,
  type ParticipantId,
} from '@coboard/shared'
import { createUndoHistory } from './undo'

const me = { authorId: 'amina' as ParticipantId, role: 'lived-experience' }

describe('undo across the board and private words', () => {
  it('undoes and redoes steps in the order they were taken, whichever document holds them', () => {
    const board = new Y.Doc()
    const words = new Y.Doc()
    const origin = { source: 'test' }
    const history = createUndoHistory(board, origin, words)
    const id = addNote(board, { x: 0, y: 0, text: '', ...me }, origin)
    history.endStep()
    writePrivateWords(words, id, 'note', 'text', 'only mine for now', origin)
    history.endStep()
    moveItem(board, id, 300, 200, origin)
    history.endStep()
    const position = () => readBoard(board).items.get(id)
    const text = () => readPrivateWords(words).get(id)?.text

    history.undo()
    expect(position()).toMatchObject({ x: 0, y: 0 })
    expect(text()).toBe('only mine for now')
    history.undo()
    expect(text()).toBeUndefined()
    expect(position()).toBeDefined()
    history.undo()
    expect(position()).toBeUndefined()
    expect(history.state.getState()).toEqual({ canUndo: false, canRedo: true })

    history.redo()
    history.redo()
    expect(text()).toBe('only mine for now')
    expect(position()).toMatchObject({ x: 0, y: 0 })
    history.redo()
    expect(position()).toMatchObject({ x: 300, y: 200 })
    history.destroy()
  })

  it('forgets what could be redone once the person does something new', () => {
    const board = new Y.Doc()
    const words = new Y.Doc()
    const origin = { source: 'test' }
    const history = createUndoHistory(board, origin, words)
    const id = addNote(board, { x: 0, y: 0, text: '', ...me }, origin)
    history.endStep()
    writePrivateWords(words, id, 'note', 'text', 'first', origin)
    history.undo()
    moveItem(board, id, 10, 10, origin)
    expect(history.state.getState().canRedo).toBe(false)
    history.destroy()
  })
})
