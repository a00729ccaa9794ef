/** A throttled function that can also be flushed or cancelled. */
export interface Throttled<A extends unknown[]> {
  (...args: A): void
  /** Drops a pending trailing call, e.g. before sending a final value that must not be overtaken. */
  cancel(): void
}

/**
 * Calls `fn` at most once per `ms`, always delivering the latest arguments at the end of the
 * window, so the last position of a drag or a cursor is never lost.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): Throttled<A> {
  let last = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: A | null = null
  const run = () => {
    timer = undefined
    last = Date.now()
    if (pending) {
      const args = pending
      pending = null
      fn(...args)
    }
  }
  const throttled = (...args: A) => {
    pending = args
    const wait = ms - (Date.now() - last)
    if (wait <= 0 && !timer) run()
    else if (!timer) timer = setTimeout(run, wait)
  }
  throttled.cancel = () => {
    clearTimeout(timer)
    timer = undefined
    pending = null
  }
  return throttled
}
