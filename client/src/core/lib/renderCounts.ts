/** Where a test collects render counts: set `window.__coboardRenders = {}` to start counting. */
interface CountingWindow {
  __coboardRenders?: Record<string, number>
}

/**
 * Counts one render of component `name`, only while a test has asked for counts (the render
 * budget tests in tests/e2e/renderBudget.test.ts). Otherwise it is one property read, so the
 * counters stay in the build people use and the tests measure that build, not a special one.
 */
export function countRender(name: string): void {
  const counts = (globalThis as CountingWindow).__coboardRenders
  if (counts) counts[name] = (counts[name] ?? 0) + 1
}
