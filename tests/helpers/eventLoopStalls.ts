/**
 * Watches this process's event loop (a test's server runs in it) and records the longest time
 * a 5 ms timer waited past its due time: how long one synchronous piece of work held up every
 * socket and every timer.
 */
export function watchEventLoop(): { stop(): number } {
  const tick = 5
  let due = performance.now() + tick
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - due)
    due = now + tick
  }, tick)
  return {
    stop() {
      clearInterval(timer)
      return Math.round(longest)
    },
  }
}
