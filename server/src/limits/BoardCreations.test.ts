import { describe, expect, it } from 'vitest'
import { BoardCreations, tooManyBoardsMessage } from './BoardCreations'

function clock() {
  let at = 0
  return { now: () => at, advance: (ms: number) => (at += ms) }
}

describe('BoardCreations', () => {
  it('lets an address create its hourly allowance at once, then one per share of the hour', () => {
    const time = clock()
    const creations = new BoardCreations(3, time.now)
    for (let i = 0; i < 3; i++) expect(creations.take('10.0.0.1')).toBe(true)
    expect(creations.take('10.0.0.1')).toBe(false)
    expect(creations.secondsToWait('10.0.0.1')).toBe(1_200)
    time.advance(1_200_000)
    expect(creations.secondsToWait('10.0.0.1')).toBe(0)
    expect(creations.take('10.0.0.1')).toBe(true)
  })

  it('counts each address on its own', () => {
    const creations = new BoardCreations(1, clock().now)
    expect(creations.take('10.0.0.1')).toBe(true)
    expect(creations.take('10.0.0.1')).toBe(false)
    expect(creations.take('10.0.0.2')).toBe(true)
  })

  it('has no limit at 0', () => {
    const creations = new BoardCreations(0, clock().now)
    for (let i = 0; i < 1_000; i++) expect(creations.take('10.0.0.1')).toBe(true)
    expect(creations.secondsToWait('10.0.0.1')).toBe(0)
    expect(creations.trackedAddresses).toBe(0)
  })

  it('forgets addresses whose allowance is whole again', () => {
    const time = clock()
    const creations = new BoardCreations(60, time.now)
    creations.take('10.0.0.1')
    creations.take('10.0.0.2')
    time.advance(61_000)
    creations.take('10.0.0.3')
    // 10.0.0.1 and .2 had refilled their one board within the minute.
    expect(creations.trackedAddresses).toBe(1)
  })

  it('says how long to wait in words', () => {
    expect(tooManyBoardsMessage(42)).toMatch(/42 seconds/)
    expect(tooManyBoardsMessage(60)).toMatch(/1 minute\./)
    expect(tooManyBoardsMessage(1_200)).toMatch(/20 minutes/)
  })
})
