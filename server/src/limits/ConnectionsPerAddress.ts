/**
 * Counts open sockets per client address and refuses one more than `max` (0: no limit). Every
 * `open` that returned true must be paired with one `close`.
 */
export class ConnectionsPerAddress {
  private readonly open = new Map<string, number>()

  constructor(private readonly max: number) {}

  /** Counts a new socket from `address`; false when the address is at its limit. */
  tryOpen(address: string): boolean {
    const count = this.open.get(address) ?? 0
    if (this.max > 0 && count >= this.max) return false
    this.open.set(address, count + 1)
    return true
  }

  close(address: string): void {
    const count = (this.open.get(address) ?? 0) - 1
    if (count > 0) this.open.set(address, count)
    else this.open.delete(address)
  }

  /** Open sockets from `address` (for tests and metrics). */
  countOf(address: string): number {
    return this.open.get(address) ?? 0
  }
}
