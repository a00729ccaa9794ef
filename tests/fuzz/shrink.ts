import { replay, type RunResult } from './scenario'

// A failing run of 80 steps is hard to read; the two steps that matter are not. Shrinking
// replays the run without some of its steps and keeps the removal whenever it fails the same way.

/**
 * The smallest run found that fails the same way: removes halves, then quarters, … of the
 * steps while the failure stays. Greedy, so it is small rather than minimal.
 */
export function shrink(result: RunResult, maxReplays = 3000): RunResult {
  const kind = result.failure?.kind
  if (!kind) return result
  let best = result
  let replays = 0
  for (let chunk = Math.ceil(best.steps.length / 2); chunk >= 1 && replays < maxReplays;) {
    let removed = false
    for (let start = 0; start < best.steps.length && replays < maxReplays; replays++) {
      const candidate = [...best.steps.slice(0, start), ...best.steps.slice(start + chunk)]
      const attempt = replay(best.setup, candidate)
      if (attempt.failure?.kind === kind) {
        best = attempt
        removed = true
      } else {
        start += chunk
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2)
  }
  return best
}

/** The message of a failing test: how to reproduce it and what happened, step by step. */
export function formatFailure(result: RunResult, minimal?: RunResult): string {
  const { setup, failure, origin } = result
  const people = setup.actors.map((a, i) => `p${i + 1}=${a.participantId}/${a.role}`).join(' ')
  const lines = [
    `${origin === 'seed' ? 'seed' : 'replay of seed'} ${setup.seed} fails: ${failure?.kind}`,
    failure?.message ?? '',
    origin === 'seed'
      ? `reproduce: FUZZ_SEED=${setup.seed} npx vitest run tests/fuzz/convergence.test.ts`
      : 'reproduce: replay the steps below (see regressions.test.ts)',
    `workshop: ${people}${setup.template ? ', co-production template' : ''}`,
    `operation log (${result.steps.length} steps):`,
    ...result.log,
  ]
  if (minimal && minimal.steps.length < result.steps.length) {
    lines.push(`shrunk to ${minimal.steps.length} steps that fail the same way:`, ...minimal.log)
  }
  return lines.join('\n')
}
