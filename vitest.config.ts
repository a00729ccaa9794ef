import { defineConfig } from 'vitest/config'
import { sharedAlias } from './vite.config'

// Four projects, run one after another (sequence.groupOrder), each with the parallelism that
// suits it on a 2-core machine; `vitest run --project <name>` runs one of them.
//   unit         beside the source: pure functions and one Y.Doc, cheap; in forks, not threads,
//                since some count on the main thread's stack (planLoad's 4,000-deep chain must
//                overflow it, and does not in a worker thread)
//   integration  tests/integration, fuzz and soak: real servers on port 0 in each file; three at
//                a time starved the CPU-bound ones (heavyRequests) into timeouts
//   alone        integration files whose timings another file beside them would spoil
//   browser      tests/e2e: each file runs Chromium and a server; two at a time keep both cores
//                busy, more make their waits time out
// Vitest's default on 2 cores would be one file at a time for all of them.

// Files that measure the server's own event loop against its own work: another file on the same
// two cores delays its timers and reads as a stall (heavyRequests saw 568 ms against a 247 ms
// import). They run by themselves, after the integration files.
const ALONE = ['tests/integration/heavyRequests.test.ts']

export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'tests/integration/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
            'tests/soak/**/*.test.ts',
          ],
          exclude: [...ALONE],
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'alone',
          include: [...ALONE],
          pool: 'forks',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 3 },
          // Runs only when this project has files in the run: builds the client once for them.
          globalSetup: ['tests/e2e/fixtures/buildClientOnce.ts'],
        },
      },
    ],
  },
})
