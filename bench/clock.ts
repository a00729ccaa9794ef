// Every process of a run stamps and reads times on this clock. process.hrtime reads Linux's
// CLOCK_MONOTONIC, which is one clock for the whole machine, so a send time taken in one process
// can be subtracted from a receive time taken in another. performance.now() cannot be used that
// way: each process counts it from its own start. run.ts checks the claim at the start of a run.

/** Milliseconds on the machine-wide monotonic clock, with sub-microsecond resolution. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Polls `condition` every `everyMs` until it holds (true) or `timeoutMs` passes (false). */
export async function waitFor(
  condition: () => boolean,
  timeoutMs: number,
  everyMs = 20,
): Promise<boolean> {
  const deadline = now() + timeoutMs
  while (!condition()) {
    if (now() > deadline) return false
    await sleep(everyMs)
  }
  return true
}
