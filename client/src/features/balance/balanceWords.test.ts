import { describe, expect, test } from 'vitest'
import { computeVoiceBalance, readBoard } from '@coboard/shared'
import { makeBoard, note, person } from '../../../../shared/src/board/testing/builders'
import { describeBalance } from './balanceWords'

const label = (role: string) =>
  ({ provider: 'Provider', 'lived-experience': 'Lived experience' })[role] ?? role

const verdict = (items: ReturnType<typeof note>[]) => {
  const people = [person('p', 'provider'), person('l', 'lived-experience')]
  const board = readBoard(makeBoard({ people, items }))
  return describeBalance(computeVoiceBalance(board), label)
}

describe('balanceWords', () => {
  test('an empty board has nothing to weigh', () => {
    expect(verdict([]).headline).toBe('Nothing to weigh yet')
  })

  test('sides speaking in proportion to their people are balanced', () => {
    expect(verdict([note('p', 'a'), note('l', 'b')])).toEqual({
      tone: 'balanced',
      headline: 'Balanced',
    })
  })

  test('does not say a side dominates a room that is balanced overall', () => {
    // Eight people with lived experience, one provider, one other: the provider writes twice
    // their share and the other side nothing, but the room as a whole scores 0.9.
    const lived = Array.from({ length: 8 }, (_, i) => person(`l${i}`, 'lived-experience'))
    const people = [person('p', 'provider'), person('o', 'other'), ...lived]
    const items = [note('p', 'a'), note('p', 'b'), ...lived.map((p, i) => note(p.id, `n${i}`))]
    const balance = computeVoiceBalance(readBoard(makeBoard({ people, items })))
    expect(balance.score).toBeGreaterThanOrEqual(0.85)
    expect(describeBalance(balance, label)).toEqual({
      tone: 'uneven',
      headline: 'Mostly balanced; other under-heard',
    })
  })

  test('names the side that dominates and the side under-heard', () => {
    const items = [note('p', 'a'), note('p', 'b'), note('p', 'c'), note('p', 'd'), note('l', 'e')]
    expect(verdict(items).headline).toBe('Provider voices dominate; lived experience under-heard')
  })
})
