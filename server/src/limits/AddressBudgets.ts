/** How long an address must have been idle before its budget may be forgotten. */
const FORGET_AFTER_MS = 60_000

/**
 * A budget per client address (as clientAddress counts it), made on first use. An address idle
 * for a minute whose budget is whole again is forgotten, since a fresh budget is the same; one
 * still in debt is kept until it has paid. So memory follows the recent callers only.
 */
export class AddressBudgets<Budget> {
  private readonly byAddress = new Map<string, { budget: Budget; seenAt: number }>()
  private sweptAt: number

  constructor(
    private readonly create: () => Budget,
    private readonly isWhole: (budget: Budget) => boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweptAt = now()
  }

  /** The budget of `address`, which counts as seen now. */
  of(address: string): Budget {
    this.forgetIdle()
    let entry = this.byAddress.get(address)
    if (!entry) {
      entry = { budget: this.create(), seenAt: 0 }
      this.byAddress.set(address, entry)
    }
    entry.seenAt = this.now()
    return entry.budget
  }

  /** Addresses with a budget in memory (for tests). */
  get size(): number {
    return this.byAddress.size
  }

  /** Once a minute at most. */
  private forgetIdle(): void {
    const now = this.now()
    if (now - this.sweptAt < FORGET_AFTER_MS) return
    this.sweptAt = now
    for (const [address, { budget, seenAt }] of this.byAddress) {
      if (now - seenAt >= FORGET_AFTER_MS && this.isWhole(budget)) this.byAddress.delete(address)
    }
  }
}
