import { TokenBucket } from './TokenBucket'

const SECONDS_PER_HOUR = 3_600

/**
 * How many boards each client address may still create or import: `perHour` at once, then
 * `perHour` an hour (0: no limit). An address's bucket is dropped once it is full again and idle,
 * so memory follows the recent callers only.
 */
export class BoardCreations {
  private readonly byAddress = new Map<string, TokenBucket>()
  private sweptAt: number

  constructor(
    private readonly perHour: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweptAt = now()
  }

  /** Whole seconds until `address` may create a board; 0 when it may now. Spends nothing. */
  secondsToWait(address: string): number {
    if (this.perHour <= 0) return 0
    return Math.ceil(this.bucketOf(address).secondsUntil(1))
  }

  /** Counts one board against `address`; false (and nothing counted) when it has none left. */
  take(address: string): boolean {
    return this.perHour <= 0 || this.bucketOf(address).take(1)
  }

  /** Addresses with a bucket in memory (for tests). */
  get trackedAddresses(): number {
    return this.byAddress.size
  }

  private bucketOf(address: string): TokenBucket {
    this.forgetFull()
    let bucket = this.byAddress.get(address)
    if (!bucket) {
      bucket = new TokenBucket(this.perHour, this.perHour / SECONDS_PER_HOUR, this.now)
      this.byAddress.set(address, bucket)
    }
    return bucket
  }

  /** Once a minute at most: a full bucket is the same as none. */
  private forgetFull(): void {
    const now = this.now()
    if (now - this.sweptAt < 60_000) return
    this.sweptAt = now
    for (const [address, bucket] of this.byAddress) {
      if (bucket.secondsUntil(this.perHour) === 0) this.byAddress.delete(address)
    }
  }
}

/** The 429 message for an address that must wait `seconds`. */
export function tooManyBoardsMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  const wait =
    seconds < 60 ? `${seconds} seconds` : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
  return `Too many boards were created from this network recently. Try again in ${wait}.`
}
