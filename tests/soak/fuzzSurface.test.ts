import { describe, it } from 'vitest'

// `npm run test:soak` runs tests/fuzz and tests/soak with SOAK=1. The surface fuzz test lives with
// the integration tests and reads SOAK itself (3,000 inputs at each door instead of 200); this
// file only brings it into the soak run. Without SOAK it skips, so `npm test` runs it once.
if (process.env.SOAK) await import('../integration/fuzzSurface.test')
else
  describe.skip('fuzz surface, long form', () =>
    it('runs with SOAK=1 (npm run test:soak)', () => {}))
