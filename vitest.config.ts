import { defineConfig } from 'vitest/config'
import { sharedAlias } from './vite.config'

// Unit tests sit beside the source; integration and browser tests in tests/.
// Each test file owns its servers on port 0, so files can run in parallel.
export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    include: [
      'shared/**/*.test.ts',
      'server/**/*.test.ts',
      'client/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['tests/e2e/fixtures/buildClientOnce.ts'],
  },
})
