import { describe, expect, it } from 'vitest'
import { JoinAttempts, type JoinAdmission } from './JoinAttempts'

const LIMITS = { joinFailuresPerMinute: 3, joinAttemptsPerMinute: 6, joinsPerSecond: 100 }

function setup(limits = LIMITS) {
  const clock = { ms: 0 }
  const attempts = new JoinAttempts(limits, () => clock.ms)
  /** One lookup from `address` that found a board (`opened`) or not; the admission it got. */
  const lookUp = async (address: string, opened: boolean): Promise<JoinAdmission> => {
    const admission = await attempts.admit(address)
    if (admission.kind === 'admitted') admission.settle(!opened)
    return admission
  }
  /** Lookups from one address sent at once, each settled as `opened` says once admitted. */
  const lookUpAtOnce = (address: string, count: number, opened: boolean) =>
    Promise.all(Array.from({ length: count }, () => lookUp(address, opened)))
  return { clock, attempts, lookUp, lookUpAtOnce }
}

const kinds = (admissions: readonly JoinAdmission[]) => admissions.map((a) => a.kind)

describe('JoinAttempts', () => {
  it('refuses an address after its wrong codes, with the wait in whole seconds', async () => {
    const { lookUp } = setup()
    for (let i = 0; i < 3; i++) expect((await lookUp('10.0.0.1', false)).kind).toBe('admitted')
    expect(await lookUp('10.0.0.1', false)).toEqual({ kind: 'refused', retryAfterSeconds: 20 })
    expect((await lookUp('10.0.0.2', false)).kind).toBe('admitted')
  })

  it('never charges right codes to the failures, up to the looser budget', async () => {
    const { lookUp } = setup()
    for (let i = 0; i < 6; i++) expect((await lookUp('10.0.0.1', true)).kind).toBe('admitted')
    expect(await lookUp('10.0.0.1', true)).toEqual({ kind: 'refused', retryAfterSeconds: 10 })
  })

  it('admits one lookup per address at a time: the next waits until the first settles', async () => {
    const { attempts } = setup()
    const first = await attempts.admit('10.0.0.1')
    let secondDone = false
    const second = attempts.admit('10.0.0.1').finally(() => (secondDone = true))
    const elsewhere = await attempts.admit('10.0.0.2')
    expect(elsewhere.kind).toBe('admitted')
    await Promise.resolve()
    expect(secondDone).toBe(false)
    if (first.kind === 'admitted') first.settle(false)
    expect((await second).kind).toBe('admitted')
  })

  it('admits a room typing the right code at the same moment, one after another', async () => {
    const { lookUpAtOnce } = setup()
    expect(kinds(await lookUpAtOnce('10.0.0.1', 6, true))).toEqual(Array(6).fill('admitted'))
  })

  it('admits parallel wrong guesses only while wrong codes are left, never in debt', async () => {
    const { clock, lookUp, lookUpAtOnce } = setup()
    expect(kinds(await lookUpAtOnce('10.0.0.1', 6, false))).toEqual([
      ...Array(3).fill('admitted'),
      ...Array(3).fill('refused'),
    ])
    // No overdraft to pay back: one wrong code a minute / 3, the next in 20 s.
    clock.ms += 20_000
    expect((await lookUp('10.0.0.1', false)).kind).toBe('admitted')
    expect((await lookUp('10.0.0.1', false)).kind).toBe('refused')
  })

  it('refills over time', async () => {
    const { clock, lookUp } = setup()
    for (let i = 0; i < 3; i++) await lookUp('10.0.0.1', false)
    expect((await lookUp('10.0.0.1', false)).kind).toBe('refused')
    clock.ms += 20_000
    expect((await lookUp('10.0.0.1', false)).kind).toBe('admitted')
    expect((await lookUp('10.0.0.1', false)).kind).toBe('refused')
  })

  it('bounds all addresses together', async () => {
    const { clock, lookUp } = setup({ ...LIMITS, joinsPerSecond: 2 })
    for (let i = 0; i < 8; i++) expect((await lookUp(`10.0.0.${i}`, true)).kind).toBe('admitted')
    expect(await lookUp('10.0.0.9', true)).toEqual({ kind: 'refused', retryAfterSeconds: 1 })
    clock.ms += 500
    expect((await lookUp('10.0.0.9', true)).kind).toBe('admitted')
  })

  it('forgets addresses idle for a minute, unless a lookup of theirs is under way', async () => {
    const { clock, attempts, lookUp } = setup()
    await lookUp('10.0.0.1', false)
    const stuck = await attempts.admit('10.0.0.9')
    clock.ms += 30_000
    await lookUp('10.0.0.2', false)
    clock.ms += 31_000
    await lookUp('10.0.0.3', false)
    expect(attempts.trackedAddresses).toBe(3) // .2, .3, and .9 still looking up
    if (stuck.kind === 'admitted') stuck.settle(true)
  })
})
