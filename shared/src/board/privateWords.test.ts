import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { addNote } from './operations'
import { readBoard } from './read'
import { reframeNote } from './reframes'
import { addStage, revealStage } from './stages'
import { takeHat } from './facilitation'
import { isHiddenFrom } from './visibility'
import { groupItems, holdsPrivateWords } from './clusters'
import { makeBoard, person } from './testing/builders'
import {
  privateWordsDocName,
  readPrivateWords,
  readPrivateWordsDocName,
  wordsToReveal,
  writePrivateWords,
  writeRevealedWords,
} from './privateWords'
import type { ParticipantId, RoleId, StageId } from './schema'

const AMINA = { participantId: 'amina' as ParticipantId, role: 'lived-experience' as RoleId }
const SIAN = { participantId: 'sian' as ParticipantId, role: 'provider' as RoleId }

/** A board whose current stage is private writing, with Sian wearing the hat. */
function privateStage() {
  const board = makeBoard({
    people: [person('amina', 'lived-experience'), person('sian', 'provider')],
  })
  takeHat(board, SIAN)
  const stageId = addStage(board, { title: 'Hopes and fears', private: true }, SIAN)! as StageId
  board.getMap('meta').set('currentStageId', stageId)
  return { board, stageId, words: new Y.Doc() }
}

describe('private words', () => {
  it('names one document per person and board, and reads no other name as one', () => {
    const name = privateWordsDocName('board-12345', AMINA.participantId)
    expect(readPrivateWordsDocName(name)).toEqual({
      boardId: 'board-12345',
      participantId: 'amina',
    })
    expect(readPrivateWordsDocName('board-12345')).toBeNull()
    expect(readPrivateWordsDocName('board-12345/private/')).toBeNull()
    expect(readPrivateWordsDocName('board-12345/private/a/b')).toBeNull()
    expect(readPrivateWordsDocName('../x/private/amina')).toBeNull()
  })

  it('keeps a private note’s words out of the board, face down to others, until reveal', () => {
    const { board, stageId, words } = privateStage()
    const noteId = addNote(board, {
      x: 0,
      y: 0,
      text: '',
      authorId: AMINA.participantId,
      role: AMINA.role,
    })
    writePrivateWords(words, noteId, 'note', 'text', 'They never call back')
    const reframeId = reframeNote(board, noteId, AMINA, undefined, words)!

    const before = readBoard(board)
    expect(before.items.get(noteId)).toMatchObject({ text: '' })
    expect(before.items.get(reframeId)).toMatchObject({ they: '', we: '' })
    expect(isHiddenFrom(before.items.get(reframeId)!, SIAN.participantId, before.stages)).toBe(true)
    expect(isHiddenFrom(before.items.get(reframeId)!, AMINA.participantId, before.stages)).toBe(
      false,
    )
    expect(readPrivateWords(words).get(reframeId)).toMatchObject({ they: 'They never call back' })
    expect(wordsToReveal(board, words, AMINA.participantId).size).toBe(0)

    revealStage(board, stageId, SIAN)
    const reveal = wordsToReveal(board, words, AMINA.participantId)
    expect([...reveal.keys()].sort()).toEqual([noteId, reframeId].sort())
    expect(writeRevealedWords(board, reveal)).toBe(3)
    const after = readBoard(board)
    expect(after.items.get(noteId)).toMatchObject({ text: 'They never call back' })
    expect(after.items.get(reframeId)).toMatchObject({ they: 'They never call back' })
    expect(isHiddenFrom(after.items.get(noteId)!, SIAN.participantId, after.stages)).toBe(false)
    // Moving twice (a crash before the words were forgotten) writes nothing twice.
    expect(writeRevealedWords(board, reveal)).toBe(0)
    expect(readBoard(board).items.get(noteId)).toMatchObject({ text: 'They never call back' })
  })

  it('keeps the words of a card the board does not hold yet', () => {
    const { board, stageId, words } = privateStage()
    writePrivateWords(words, 'not-arrived' as never, 'note', 'text', 'on its way')
    revealStage(board, stageId, SIAN)
    expect(wordsToReveal(board, words, AMINA.participantId).size).toBe(0)
    expect(readPrivateWords(words).size).toBe(1)
  })

  it('writes only the text fields of the card’s kind, within the text limit', () => {
    const words = new Y.Doc()
    expect(writePrivateWords(words, 'n' as never, 'note', 'authorId', 'forged')).toBe(false)
    expect(writePrivateWords(words, 'n' as never, 'outcome', 'measure', 'x')).toBe(false)
    expect(writePrivateWords(words, 'n' as never, 'note', 'text', 'x'.repeat(20_000))).toBe(true)
    expect(readPrivateWords(words).get('n' as never)?.text.length).toBeLessThan(20_000)
  })
})

describe('grouping private cards', () => {
  it('waits for reveal: a group’s name is public, the words it would name are not', () => {
    const { board, stageId } = privateStage()
    const ids = [0, 1].map((i) =>
      addNote(board, {
        x: i * 300,
        y: 0,
        text: '',
        authorId: AMINA.participantId,
        role: AMINA.role,
      }),
    )
    const group = { memberIds: ids, title: 'Call-backs', ...AMINA, authorId: AMINA.participantId }
    expect(holdsPrivateWords(readBoard(board), ids)).toBe(true)
    expect(groupItems(board, readBoard(board), group)).toBeNull()
    revealStage(board, stageId, SIAN)
    expect(groupItems(board, readBoard(board), group)).not.toBeNull()
  })
})

describe('whose words a private document may reveal', () => {
  it('only its owner’s cards: words filed under someone else’s card are never moved into it', () => {
    const { board, stageId, words } = privateStage()
    const siansNote = addNote(board, {
      x: 0,
      y: 0,
      text: '',
      authorId: SIAN.participantId,
      role: SIAN.role,
    })
    // Amina's own document, written by a modified client, claims words for Sian's card.
    writePrivateWords(words, siansNote, 'note', 'text', 'Words Sian never wrote')
    revealStage(board, stageId, SIAN)
    expect(wordsToReveal(board, words, AMINA.participantId).size).toBe(0)
    expect(wordsToReveal(board, words, SIAN.participantId).size).toBe(1)
  })
})
