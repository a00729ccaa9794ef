import { describe, expect, test } from 'vitest'
import {
  addOutcome,
  passHat,
  readBoard,
  setStance,
  takeHat,
  type ParticipantId,
} from '@coboard/shared'
import { makeBoard, person } from '../../../../shared/src/board/testing/builders'
import { hatChanges, stanceChanges } from './boardChanges'

const AMINA = { participantId: 'amina' as ParticipantId, role: 'lived-experience' }
const SIAN = { participantId: 'sian' as ParticipantId, role: 'provider' }
const people = [person('amina', 'lived-experience', 'Amina'), person('sian', 'provider', 'Sian')]

describe('what others changed, for the live region', () => {
  test('the hat taken by someone else, then passed to me; never my own take', () => {
    const doc = makeBoard({ people })
    const start = readBoard(doc)
    takeHat(doc, AMINA)
    const taken = readBoard(doc)
    expect(hatChanges(taken, start, SIAN.participantId)).toEqual([
      { type: 'hat-taken', name: 'Amina' },
    ])
    expect(hatChanges(taken, start, AMINA.participantId)).toEqual([])
    passHat(doc, AMINA, SIAN)
    expect(hatChanges(readBoard(doc), taken, SIAN.participantId)).toEqual([
      { type: 'hat-passed', name: 'Amina', to: 'you' },
    ])
  })

  test('a concern or objection newly raised by someone else, not a reason edited', () => {
    const doc = makeBoard({ people })
    const id = addOutcome(doc, { x: 0, y: 0, outcome: 'Calls back', ...authored(AMINA) })
    const start = readBoard(doc)
    setStance(doc, id, AMINA, 'object', 'No data')
    const objected = readBoard(doc)
    expect(stanceChanges(objected, start, SIAN.participantId)).toEqual([
      { type: 'stance', name: 'Amina', stance: 'object' },
    ])
    expect(stanceChanges(objected, start, AMINA.participantId)).toEqual([])
    setStance(doc, id, AMINA, 'object', 'No data yet')
    expect(stanceChanges(readBoard(doc), objected, SIAN.participantId)).toEqual([])
  })
})

function authored(who: { participantId: ParticipantId; role: string }) {
  return { authorId: who.participantId, role: who.role }
}
