import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addStage,
  advanceStage,
  editStage,
  goToStage,
  removeStage,
  retreatStage,
  revealStage,
} from './stages'
import { passHat, summonEveryone, type HatWearer } from './facilitation'
import { setTimer, startTimer, updateTimer } from './timer'
import { revealVote, startVote } from './voting'
import { setProjectorView } from './projector'
import { readBoard } from './read'
import { makeBoard, person } from './testing/builders'
import type { ParticipantId } from './schema'

// The steering verbs move the whole room, so only someone wearing the facilitator hat may use
// them: a stale button on a slow device must not move the room after the hat was passed on.
// For someone without it each verb does nothing and says so (false or null).

const sian: HatWearer = { participantId: 'sian' as ParticipantId, role: 'provider' }
const tom: HatWearer = { participantId: 'tom' as ParticipantId, role: 'lived-experience' }

/** A board on its second stage, with a vote open, that Sian facilitates and Tom attends. */
function steeredBoard(): Y.Doc {
  const doc = makeBoard({
    template: 'co-production',
    people: [person('sian', 'provider'), person('tom', 'lived-experience')],
    hat: 'sian',
  })
  advanceStage(doc, sian)
  startVote(doc, { budget: 3 }, sian)
  return doc
}

type Verb = (doc: Y.Doc, by: HatWearer) => unknown
const second = (doc: Y.Doc) => readBoard(doc).stages[1].id

const STEERING: Readonly<Record<string, Verb>> = {
  goToStage: (doc, by) => goToStage(doc, readBoard(doc).stages[3].id, by),
  advanceStage: (doc, by) => advanceStage(doc, by),
  retreatStage: (doc, by) => retreatStage(doc, by),
  addStage: (doc, by) => addStage(doc, { title: 'Extra' }, by),
  editStage: (doc, by) => editStage(doc, second(doc), { title: 'Renamed' }, by),
  removeStage: (doc, by) => removeStage(doc, second(doc), by),
  revealStage: (doc, by) => revealStage(doc, readBoard(doc).stages[0].id, by),
  setTimer: (doc, by) => setTimer(doc, startTimer(readBoard(doc).meta.timer, 1000), by),
  updateTimer: (doc, by) => updateTimer(doc, (timer) => startTimer(timer, 1000), by),
  startVote: (doc, by) => startVote(doc, { budget: 2 }, by),
  revealVote: (doc, by) => revealVote(doc, by),
  summonEveryone: (doc, by) => summonEveryone(doc, { x: 10, y: 20, zoom: 1 }, by),
  setProjectorView: (doc, by) => setProjectorView(doc, 'board', by),
  passHat: (doc, by) => passHat(doc, by, by === sian ? tom : sian),
}

describe('steering verbs › the facilitator hat', () => {
  for (const [name, verb] of Object.entries(STEERING)) {
    it(`${name} refuses someone without the hat and leaves the board as it was`, () => {
      const doc = steeredBoard()
      const before = Y.encodeStateVector(doc)
      const result = verb(doc, tom)
      expect(result === false || result === null).toBe(true)
      expect(Y.encodeStateVector(doc)).toEqual(before)
    })

    it(`${name} works for whoever wears the hat`, () => {
      const doc = steeredBoard()
      const before = Y.encodeStateVector(doc)
      const result = verb(doc, sian)
      expect(result === false || result === null).toBe(false)
      expect(Y.encodeStateVector(doc)).not.toEqual(before)
    })
  }

  it('refuses someone who passed the hat on', () => {
    const doc = steeredBoard()
    expect(passHat(doc, sian, tom)).toBe(true)
    expect(advanceStage(doc, sian)).toBe(false)
    expect(advanceStage(doc, tom)).toBe(true)
  })

  it('does not pass the hat to the one who wears it', () => {
    const doc = steeredBoard()
    expect(passHat(doc, sian, sian)).toBe(false)
    expect([...readBoard(doc).facilitators]).toEqual(['sian'])
  })
})
