import { describe, expect, it } from 'vitest'
import { readBoard, revealStage, takeHat, type ParticipantId } from '@coboard/shared'
import { makeBoard, person } from '../../../../shared/src/board/testing/builders'
import { addedWords } from './addedWords'

describe('what the phone says once a note is added', () => {
  const doc = makeBoard({
    template: 'co-production',
    people: [person('zeph', 'lived-experience')],
  })
  const hat = { participantId: 'zeph' as ParticipantId, role: 'lived-experience' }

  it('says only its author sees it during private writing not yet revealed', () => {
    const board = readBoard(doc)
    expect(board.stages[0]).toMatchObject({ private: true, revealed: false })
    expect(addedWords(board, 'report-anonymous')).toBe(
      'Added. Only you can see it until the facilitator reveals this stage.',
    )
  })

  it('says everyone sees it once the stage is revealed, and when it stays in the room', () => {
    takeHat(doc, hat)
    revealStage(doc, readBoard(doc).stages[0].id, hat)
    const board = readBoard(doc)
    expect(addedWords(board, 'report-named')).toBe('Added. It is on the board for everyone now.')
    expect(addedWords(board, 'room-only')).toBe(
      'Added. It is on the board for everyone now. It stays in this room: never exported.',
    )
  })
})
