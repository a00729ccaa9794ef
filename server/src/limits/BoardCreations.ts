import { AddressBudgets } from './AddressBudgets'
import { TokenBucket } from './TokenBucket'

const SECONDS_PER_HOUR = 3_600

/**
 * How many boards each client address may still create or import: `perHour` at once, then
 * `perHour` an hour (0: no limit).
 */
export class BoardCreations {
  private readonly budgets: AddressBudgets<TokenBucket>

  constructor(
    private readonly perHour: number,
    now: () => number = () => performance.now(),
  ) {
    this.budgets = new AddressBudgets(
      () => new TokenBucket(perHour, perHour / SECONDS_PER_HOUR, now),
      (bucket) => bucket.secondsUntil(perHour) === 0,
      now,
    )
  }

  /** Whole seconds until `address` may create a board; 0 when it may now. Spends nothing. */
  secondsToWait(address: string): number {
    if (this.perHour <= 0) return 0
    return Math.ceil(this.budgets.of(address).secondsUntil(1))
  }

  /** Counts one board against `address`; false (and nothing counted) when it has none left. */
  take(address: string): boolean {
    return this.perHour <= 0 || this.budgets.of(address).take(1)
  }

  /** Addresses with a bucket in memory (for tests). */
  get trackedAddresses(): number {
    return this.budgets.size
  }
}

/** The 429 message for an address that must wait `seconds`. */
export function tooManyBoardsMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  const wait =
    seconds < 60 ? `${seconds} seconds` : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
  return `Too many boards were created from this network recently. Try again in ${wait}.`
}
