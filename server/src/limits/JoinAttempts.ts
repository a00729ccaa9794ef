import type { LimitsConfig } from './LimitsConfig'
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
  seenAt: number
}

/**
 * An idle address's buckets are full again after a minute (each holds a minute's worth), so
 * forgetting it then changes nothing, unless it ran into debt with a burst of parallel guesses:
 * that debt is kept until it is paid.
 */
const FORGET_AFTER_MS = 60_000

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
 * Addresses not seen for a minute and not in debt are forgotten, so memory follows the recent
 * callers only.
 */
export class JoinAttempts {
  private readonly byAddress = new Map<string, AddressBudget>()
  private readonly everyone: TokenBucket
  private sweptAt: number

  constructor(
    private readonly limits: Pick<
      LimitsConfig,
      'joinFailuresPerMinute' | 'joinAttemptsPerMinute' | 'joinsPerSecond'
    >,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.everyone = new TokenBucket(
      limits.joinsPerSecond * EVERYONE_BURST_SECONDS,
      limits.joinsPerSecond,
      now,
    )
    this.sweptAt = now()
  }

  /** Admits one lookup from `address` (as clientAddress counts it), or says how long to wait. */
  admit(address: string): JoinAdmission {
    this.forgetIdle()
    const budget = this.budgetOf(address)
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

  private budgetOf(address: string): AddressBudget {
    let budget = this.byAddress.get(address)
    if (!budget) {
      const { joinFailuresPerMinute: failures, joinAttemptsPerMinute: attempts } = this.limits
      budget = {
        failures: new TokenBucket(failures, failures / 60, this.now),
        attempts: new TokenBucket(attempts, attempts / 60, this.now),
        seenAt: 0,
      }
      this.byAddress.set(address, budget)
    }
    budget.seenAt = this.now()
    return budget
  }

  /** Once a minute at most, drops the addresses idle for a minute whose budgets are whole. */
  private forgetIdle(): void {
    const now = this.now()
    if (now - this.sweptAt < FORGET_AFTER_MS) return
    this.sweptAt = now
    for (const [address, budget] of this.byAddress) {
      const idle = now - budget.seenAt >= FORGET_AFTER_MS
      if (idle && budget.failures.secondsUntil(this.limits.joinFailuresPerMinute) === 0) {
        this.byAddress.delete(address)
      }
    }
  }
}
