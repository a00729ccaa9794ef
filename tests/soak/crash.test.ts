import { describe, it } from 'vitest'

// `npm run test:soak` runs tests/fuzz and tests/soak with SOAK=1. The crash test lives with the
// integration tests and reads SOAK itself (ten kill-and-restart rounds instead of one); this file
// only brings it into the soak run. Without SOAK it skips, so `npm test` runs the test once.
if (process.env.SOAK) await import('../integration/crash.test')
else describe.skip('crash, long form', () => it('runs with SOAK=1 (npm run test:soak)', () => {}))
