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

  test('names the side that dominates and the side under-heard', () => {
    const items = [note('p', 'a'), note('p', 'b'), note('p', 'c'), note('p', 'd'), note('l', 'e')]
    expect(verdict(items).headline).toBe('Provider voices dominate; lived experience under-heard')
  })
})
