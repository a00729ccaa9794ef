/**
 * A token bucket: holds up to `capacity` tokens, refills at `perSecond`, and `take` spends them.
 * Bursts up to the capacity pass at once; a steady stream passes at the refill rate.
 */
export class TokenBucket {
  private tokens: number
  private refilledAt: number

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity
    this.refilledAt = now()
  }

  /** Spends `amount` tokens and returns true, or returns false and spends nothing. */
  take(amount: number): boolean {
    this.refill()
    if (this.tokens < amount) return false
    this.tokens -= amount
    return true
  }

  /**
   * Spends `amount` even past empty, for a cost already incurred (time spent), and returns
   * whether the bucket is still out of debt. A debt is paid back by the refill.
   */
  charge(amount: number): boolean {
    this.refill()
    this.tokens -= amount
    return this.tokens >= 0
  }

  /**
   * Seconds until `amount` tokens are there (0 when they are now), spending nothing: for a
   * caller that charges later, once it knows the cost, and for a Retry-After.
   */
  secondsUntil(amount: number): number {
    this.refill()
    return Math.max(0, (amount - this.tokens) / this.perSecond)
  }

  private refill(): void {
    const now = this.now()
    const refill = ((now - this.refilledAt) / 1000) * this.perSecond
    this.tokens = Math.min(this.capacity, this.tokens + refill)
    this.refilledAt = now
  }
}
