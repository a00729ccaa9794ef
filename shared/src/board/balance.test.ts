import { describe, expect, it } from 'vitest'
import { computeVoiceBalance, countWords } from './balance'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'

const people = [
  person('amina', 'lived-experience'),
  person('dev', 'lived-experience'),
  person('okafor', 'provider'),
  person('sian', 'provider'),
]

describe('voice balance', () => {
  it('scores 1 when each role contributes in proportion to its people', () => {
    const board = readBoard(
      makeBoard({
        people,
        items: [note('amina', 'a'), note('dev', 'b'), note('okafor', 'c'), note('sian', 'd')],
      }),
    )
    const balance = computeVoiceBalance(board)
    expect(balance.score).toBeCloseTo(1)
    expect(balance.underHeard).toBeNull()
    expect(balance.roles.map((r) => [r.role, r.participants, r.notes])).toEqual([
      ['lived-experience', 2, 2],
      ['provider', 2, 2],
    ])
  })

  it('names the under-heard role when one side dominates', () => {
    const board = readBoard(
      makeBoard({
        people,
        items: [
          note('okafor', 'We already have a pathway for this'),
          note('sian', 'Targets drive the rota'),
          note('okafor', 'Funding is the problem'),
          note('sian', 'Staff are stretched'),
          note('amina', 'Nobody rang back'),
        ],
      }),
    )
    const balance = computeVoiceBalance(board)
    expect(balance.underHeard).toBe('lived-experience')
    const lived = balance.roles.find((r) => r.role === 'lived-experience')!
    expect(lived.participantShare).toBeCloseTo(0.5)
    expect(lived.contributionShare).toBeCloseTo(0.2)
    expect(balance.score).toBeCloseTo(0.7)
  })

  it('counts words in any script', () => {
    expect(countWords("Siân's café — didn't ring back, 3 times")).toBe(7)
    expect(countWords('')).toBe(0)
  })
})
