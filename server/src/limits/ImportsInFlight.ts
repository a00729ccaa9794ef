/**
 * Imports each client address has under way, at most `perAddress` at once (0: no limit). An import
 * holds its whole body in memory and a worker thread for seconds, so one address may not queue
 * many of them ahead of everyone else's.
 */
export class ImportsInFlight {
  private readonly running = new Map<string, number>()

  constructor(private readonly perAddress: number) {}

  /**
   * Counts an import for `address` and returns the function that ends it, or null (and nothing
   * counted) when the address has its imports under way already.
   */
  start(address: string): (() => void) | null {
    const count = this.running.get(address) ?? 0
    if (this.perAddress > 0 && count >= this.perAddress) return null
    this.running.set(address, count + 1)
    let ended = false
    return () => {
      if (ended) return
      ended = true
      const left = (this.running.get(address) ?? 1) - 1
      if (left > 0) this.running.set(address, left)
      else this.running.delete(address)
    }
  }
}
