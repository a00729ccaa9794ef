import { config } from 'zod'

// Zod (pulled in through @coboard/shared) probes `new Function('')` to decide whether it may
// compile parsers. Under the strict CSP (no 'unsafe-eval') the probe is refused and logged as a
// violation on every page load. Turning JIT off skips the probe; parsing speed is irrelevant here.
// Must be imported before anything that imports @coboard/shared.
config({ jitless: true })
