import type { LimitsConfig } from './LimitsConfig'
import { AddressBudgets } from './AddressBudgets'
import { TokenBucket } from './TokenBucket'

/** What `admit` decides about one join-code lookup. */
export type JoinAdmission =
  | {
      readonly kind: 'admitted'
      /** Says how the lookup went; only a wrong code is charged to the address's failures. */
      settle(wrongCode: boolean): void
    }
  | { readonly kind: 'refused'; readonly retryAfterSeconds: number }

interface AddressBudget {
  readonly failures: TokenBucket
  readonly attempts: TokenBucket
}

/** Seconds' worth of lookups everyone together may make at once: a few rooms scanning at once. */
const EVERYONE_BURST_SECONDS = 4

/**
 * The rate limits of `POST /api/join`, per client address and for everyone together.
 *
 * - Wrong codes: `joinFailuresPerMinute`, at once and then per minute. A lookup is admitted only
 *   while the address has a failure left, and a wrong code is charged once it is known to be
 *   wrong, so a room of people behind one venue address, all typing the right code at the same
 *   moment, is never refused for guesses nobody made. Parallel guesses can overdraw the budget
 *   (by at most the lookups admitted at once); the overdraft is paid back before the next try.
 * - Lookups of any outcome: `joinAttemptsPerMinute` per address.
 * - Lookups from everyone: four seconds' worth at once, then `joinsPerSecond`, which bounds the
 *   stretching work (about 20 ms each).
 *
 * An idle address's buckets are full again after a minute (each holds a minute's worth), so it
 * is then forgotten (AddressBudgets), unless it ran into debt with a burst of parallel guesses:
 * that debt is kept until it is paid.
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
    this.byAddress = new AddressBudgets(
      () => ({
        failures: new TokenBucket(failures, failures / 60, now),
        attempts: new TokenBucket(attempts, attempts / 60, now),
      }),
      (budget) => budget.failures.secondsUntil(failures) === 0,
      now,
    )
  }

  /** Admits one lookup from `address` (as clientAddress counts it), or says how long to wait. */
  admit(address: string): JoinAdmission {
    const budget = this.byAddress.of(address)
    const wait = Math.max(
      budget.failures.secondsUntil(1),
      budget.attempts.secondsUntil(1),
      this.everyone.secondsUntil(1),
    )
    if (wait > 0) return { kind: 'refused', retryAfterSeconds: Math.ceil(wait) }
    budget.attempts.take(1)
    this.everyone.take(1)
    let settled = false
    return {
      kind: 'admitted',
      settle: (wrongCode) => {
        if (settled) return
        settled = true
        if (wrongCode) budget.failures.charge(1)
      },
    }
  }

  /** Addresses with a budget in memory (for tests). */
  get trackedAddresses(): number {
    return this.byAddress.size
  }
}
