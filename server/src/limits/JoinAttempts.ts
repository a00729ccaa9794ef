import type { LimitsConfig } from './LimitsConfig'
import { AddressBudgets } from './AddressBudgets'
import { TokenBucket } from './TokenBucket'

/** What `admit` decides about one join-code lookup. */
export type JoinAdmission =
  | {
      readonly kind: 'admitted'
      /**
       * Says how the lookup went, and lets the address's next lookup have its turn; call it
       * exactly once, however the lookup ended. Only a wrong code is charged to the failures.
       */
      settle(wrongCode: boolean): void
    }
  | { readonly kind: 'refused'; readonly retryAfterSeconds: number }

interface AddressBudget {
  readonly failures: TokenBucket
  readonly attempts: TokenBucket
  /** Settles when the address's latest lookup has: the next one starts after it. */
  turn: Promise<void>
  /** Lookups waiting for their turn or under way. */
  inLine: number
}

/** Seconds' worth of lookups everyone together may make at once: a few rooms scanning at once. */
const EVERYONE_BURST_SECONDS = 4

/**
 * The rate limits of `POST /api/join`, per client address and for everyone together.
 *
 * - One lookup at a time per address: a lookup waits until the address's previous one has
 *   settled, then is admitted only while the address has a wrong code left. A code cannot be
 *   known to be right before it is stretched, so this is what keeps parallel guesses within the
 *   limit: sixty at once are stretched one after another and the eleventh is refused, never
 *   stretched. A room of thirty behind one venue address, all typing the right code at the same
 *   moment, waits about 20 ms per person ahead of it, and is never refused for guesses nobody
 *   made.
 * - Wrong codes: `joinFailuresPerMinute`, at once and then per minute, charged once a code is
 *   known to be wrong.
 * - Lookups of any outcome: `joinAttemptsPerMinute` per address, taken on arrival, so at most
 *   that many wait in an address's line.
 * - Lookups from everyone: four seconds' worth at once, then `joinsPerSecond`, taken when a
 *   lookup's turn comes, which bounds the stretching work (about 20 ms each, on one thread).
 *
 * An idle address's buckets are full again after a minute (each holds a minute's worth), so it
 * is then forgotten (AddressBudgets).
 */
export class JoinAttempts {
  private readonly byAddress: AddressBudgets<AddressBudget>
  private readonly everyone: TokenBucket

  constructor(
    limits: Pick<
      LimitsConfig,
      'joinFailuresPerMinute' | 'joinAttemptsPerMinute' | 'joinsPerSecond'
    >,
    now: () => number = () => performance.now(),
  ) {
    this.everyone = new TokenBucket(
      limits.joinsPerSecond * EVERYONE_BURST_SECONDS,
      limits.joinsPerSecond,
      now,
    )
    const { joinFailuresPerMinute: failures, joinAttemptsPerMinute: attempts } = limits
    this.byAddress = new AddressBudgets<AddressBudget>(
      () => ({
        failures: new TokenBucket(failures, failures / 60, now),
        attempts: new TokenBucket(attempts, attempts / 60, now),
        turn: Promise.resolve(),
        inLine: 0,
      }),
      (budget) => budget.inLine === 0 && budget.failures.secondsUntil(failures) === 0,
      now,
    )
  }

  /**
   * Admits one lookup from `address` (as clientAddress counts it) once the address's previous
   * lookup has settled, or says how long to wait. Refuses at once when the address has no
   * lookup or wrong code left.
   */
  async admit(address: string): Promise<JoinAdmission> {
    const budget = this.byAddress.of(address)
    const early = Math.max(budget.failures.secondsUntil(1), budget.attempts.secondsUntil(1))
    if (early > 0) return refused(early)
    budget.attempts.take(1)

    const previous = budget.turn
    let release = () => {}
    budget.turn = new Promise((resolve) => (release = resolve))
    budget.inLine += 1
    const leave = () => {
      budget.inLine -= 1
      release()
    }
    await previous

    // Those ahead may have spent the wrong codes left: a refusal here stretches nothing.
    const wait = Math.max(budget.failures.secondsUntil(1), this.everyone.secondsUntil(1))
    if (wait > 0) {
      leave()
      return refused(wait)
    }
    this.everyone.take(1)
    let settled = false
    return {
      kind: 'admitted',
      settle: (wrongCode) => {
        if (settled) return
        settled = true
        if (wrongCode) budget.failures.charge(1)
        leave()
      },
    }
  }

  /** Addresses with a budget in memory (for tests). */
  get trackedAddresses(): number {
    return this.byAddress.size
  }
}

function refused(seconds: number): JoinAdmission {
  return { kind: 'refused', retryAfterSeconds: Math.ceil(seconds) }
}
