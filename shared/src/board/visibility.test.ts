import { describe, expect, it } from 'vitest'
import { readBoard } from './read'
import { faceDownTally, faceDownWords } from './visibility'
import { makeBoard, note, person } from './testing/builders'
import type { ParticipantId } from './schema'

const people = [person('amina', 'lived-experience'), person('sian', 'provider')]

function tallyFor(viewer: string | null) {
  // The co-production template opens with a private stage.
  const doc = makeBoard({
    template: 'co-production',
    people,
    items: [
      note('amina', 'one', { stage: 0 }),
      note('amina', 'two', { stage: 0 }),
      note('sian', 'three', { stage: 0 }),
    ],
  })
  const board = readBoard(doc)
  const stage = board.stages[0].id
  return faceDownTally(board.items.values(), stage, viewer as ParticipantId | null, board.stages)
}

describe('face-down tally', () => {
  it('counts the same cards on the projector and on a writer’s laptop, hers apart', () => {
    expect(faceDownWords(tallyFor(null))).toBe('3 cards from 2 people face down')
    expect(faceDownWords(tallyFor('amina'))).toBe(
      '3 cards from 2 people face down, 2 of them yours',
    )
    expect(faceDownWords(tallyFor('sian'))).toBe('3 cards from 2 people face down, 1 of them yours')
  })

  it('says when every card is the viewer’s own, and when there are none', () => {
    expect(faceDownWords({ cards: 1, people: 1, mine: 1 })).toBe(
      '1 card from 1 person face down, yours',
    )
    expect(faceDownWords({ cards: 2, people: 1, mine: 2 })).toBe(
      '2 cards from 1 person face down, all yours',
    )
    expect(faceDownWords({ cards: 0, people: 0, mine: 0 })).toBe('0 cards face down')
  })
})
