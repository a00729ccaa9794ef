import { describe, expect, it } from 'vitest'
import { runSeed, type RunResult } from './scenario'
import { formatFailure, shrink } from './shrink'

// Seeded convergence runs: 3–5 devices and the server edit one board through a network that
// delays, reorders, duplicates and drops, then heal; every device must end with the same board,
// and the board must keep its invariants (scenario.ts runs one seed, invariants.ts checks it).
// Bugs the runs found are kept, fixed, as scripts in regressions.test.ts.
//
//   npm test                      1,000 seeds
//   npm run test:soak             100,000 seeds (SOAK=1; SOAK=20000 runs that many)
//   FUZZ_SEED=4711 npx vitest run tests/fuzz/convergence.test.ts     one seed
//   FUZZ_FROM=5000 …              start the range at another seed

const soak = process.env.SOAK
const SEED_COUNT = soak ? (Number(soak) > 1 ? Number(soak) : 100_000) : 1_000
const FIRST_SEED = Number(process.env.FUZZ_FROM ?? 0)
/** Seeds per test: one test per seed would flood the report in a soak run. */
const CHUNK = 100
/** Generous: a chunk takes about 5 s on an idle 2-core machine, and CI machines are busy. */
const CHUNK_TIMEOUT = 120_000

describe('convergence', () => {
  const only = process.env.FUZZ_SEED
  if (only) {
    it(`seed ${only} converges and keeps the board's invariants`, () => {
      expectConverged([Number(only)])
    })
    return
  }
  for (let start = FIRST_SEED; start < FIRST_SEED + SEED_COUNT; start += CHUNK) {
    const end = Math.min(start + CHUNK, FIRST_SEED + SEED_COUNT)
    const seeds = Array.from({ length: end - start }, (_, i) => start + i)
    it(
      `seeds ${start}–${end - 1} converge and keep the board's invariants`,
      () => expectConverged(seeds),
      CHUNK_TIMEOUT,
    )
  }
})

/** Runs every seed; on failure, prints the first failing run with its log, shrunk, and the rest by number. */
function expectConverged(seeds: readonly number[]): void {
  const failures: RunResult[] = []
  for (const seed of seeds) {
    const result = runSeed(seed)
    if (result.failure) failures.push(result)
  }
  const [first, ...others] = failures
  const message = first
    ? [
        formatFailure(first, shrink(first)),
        others.length > 0 ? `also failing: ${others.map((r) => r.setup.seed).join(', ')}` : '',
      ].join('\n')
    : ''
  expect(
    failures.map((result) => result.setup.seed),
    message,
  ).toEqual([])
}
