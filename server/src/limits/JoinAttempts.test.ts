import { describe, expect, it } from 'vitest'
import { JoinAttempts, type JoinAdmission } from './JoinAttempts'

const LIMITS = { joinFailuresPerMinute: 3, joinAttemptsPerMinute: 6, joinsPerSecond: 100 }

function setup(limits = LIMITS) {
  const clock = { ms: 0 }
  const attempts = new JoinAttempts(limits, () => clock.ms)
  /** One lookup from `address` that found a board (`opened`) or not; the admission it got. */
  const lookUp = (address: string, opened: boolean): JoinAdmission => {
    const admission = attempts.admit(address)
    if (admission.kind === 'admitted') admission.settle(!opened)
    return admission
  }
  return { clock, attempts, lookUp }
}

describe('JoinAttempts', () => {
  it('refuses an address after its wrong codes, with the wait in whole seconds', () => {
    const { lookUp } = setup()
    for (let i = 0; i < 3; i++) expect(lookUp('10.0.0.1', false).kind).toBe('admitted')
    expect(lookUp('10.0.0.1', false)).toEqual({ kind: 'refused', retryAfterSeconds: 20 })
    expect(lookUp('10.0.0.2', false).kind).toBe('admitted')
  })

  it('never charges right codes to the failures, up to the looser budget', () => {
    const { lookUp } = setup()
    for (let i = 0; i < 6; i++) expect(lookUp('10.0.0.1', true).kind).toBe('admitted')
    expect(lookUp('10.0.0.1', true)).toEqual({ kind: 'refused', retryAfterSeconds: 10 })
  })

  it('admits a room typing the right code at the same moment', () => {
    const { attempts } = setup()
    const running = Array.from({ length: 6 }, () => attempts.admit('10.0.0.1'))
    expect(running.every((admission) => admission.kind === 'admitted')).toBe(true)
  })

  it('makes parallel guesses pay back their overdraft before the next try', () => {
    const { clock, attempts, lookUp } = setup()
    const running = Array.from({ length: 6 }, () => attempts.admit('10.0.0.1'))
    for (const admission of running) if (admission.kind === 'admitted') admission.settle(true)
    // 6 wrong against a budget of 3: 3 in debt, and 1 more to have a try again, at 3 a minute.
    expect(lookUp('10.0.0.1', false)).toEqual({ kind: 'refused', retryAfterSeconds: 80 })
    clock.ms += 79_000
    expect(lookUp('10.0.0.1', false).kind).toBe('refused')
    clock.ms += 1_000
    expect(lookUp('10.0.0.1', false).kind).toBe('admitted')
  })

  it('refills over time', () => {
    const { clock, lookUp } = setup()
    for (let i = 0; i < 3; i++) lookUp('10.0.0.1', false)
    expect(lookUp('10.0.0.1', false).kind).toBe('refused')
    clock.ms += 20_000
    expect(lookUp('10.0.0.1', false).kind).toBe('admitted')
    expect(lookUp('10.0.0.1', false).kind).toBe('refused')
  })

  it('bounds all addresses together', () => {
    const { clock, lookUp } = setup({ ...LIMITS, joinsPerSecond: 2 })
    for (let i = 0; i < 8; i++) expect(lookUp(`10.0.0.${i}`, true).kind).toBe('admitted')
    expect(lookUp('10.0.0.9', true)).toEqual({ kind: 'refused', retryAfterSeconds: 1 })
    clock.ms += 500
    expect(lookUp('10.0.0.9', true).kind).toBe('admitted')
  })

  it('forgets addresses idle for a minute, unless they are in debt', () => {
    const { clock, attempts, lookUp } = setup()
    lookUp('10.0.0.1', false)
    const guesses = Array.from({ length: 6 }, () => attempts.admit('10.0.0.9'))
    for (const admission of guesses) if (admission.kind === 'admitted') admission.settle(true)
    clock.ms += 30_000
    lookUp('10.0.0.2', false)
    clock.ms += 31_000
    lookUp('10.0.0.3', false)
    expect(attempts.trackedAddresses).toBe(3) // .2, .3, and .9 still paying back
  })
})
