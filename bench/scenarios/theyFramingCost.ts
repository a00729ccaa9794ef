import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { detectTheyFraming } from '../../shared/src/board/theyFraming'
import { THEY_FRAMING_CORPUS } from '../../shared/src/board/theyFramingCorpus'

// What the "they" detector costs a note card, in this process's Node, on notes made of corpus
// statements and padded to 2,000 characters (all the detector reads).
//
// Method. "keystroke": a note is read once, then typed into one character at a time at a random
// point, and each new text is read again, as the note card does on every change; only the
// sentence that changed is new to the detector's per-sentence cache. "cold": a whole note none of
// whose sentences the detector has seen (each carries a number of its own), as when a board of
// notes first opens. The budget is 2 ms p95 per keystroke on a CPU four times slower than a
// laptop; Node here is taken as the laptop, so the ×4 figures are the raw ones times four (a
// linear estimate: it leaves out the cache and memory effects of a slower device).

/** Percentiles of one kind of read, in milliseconds, measured and estimated at the slowdown. */
export interface CostFigures {
  readonly p50: number
  readonly p95: number
  readonly p50Slowed: number
  readonly p95Slowed: number
  readonly samples: number
}

/** The detector's cost per keystroke and per first read, and its one-off start-up. */
export interface TheyFramingCost {
  readonly keystroke: CostFigures
  readonly cold: CostFigures
  /** First call in the process: loading the model, once per page in the browser. */
  readonly startupMs: number
  readonly noteChars: number
  readonly slowdown: number
}

export interface TheyFramingCostOptions {
  /** Notes to type into (each gets `keystrokes` edits) and to read cold. */
  readonly notes?: number
  readonly keystrokes?: number
  /** How many times slower the target device is than this machine. */
  readonly slowdown?: number
  /** Seed for the choice of statements and edit points, so runs compare. */
  readonly seed?: number
}

const NOTE_CHARS = 2000

// mulberry32: small, seeded, good enough to pick statements and positions.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function makeNote(random: () => number, tag: string): string {
  let note = ''
  while (note.length < NOTE_CHARS) {
    const sample = THEY_FRAMING_CORPUS[Math.floor(random() * THEY_FRAMING_CORPUS.length)]!
    // A number of its own in each sentence keeps it out of the detector's cache.
    note += `${sample.text.replace(/[.!?]*$/, '')} ${tag}${note.length}. `
  }
  return note.slice(0, NOTE_CHARS)
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

function figures(times: number[], slowdown: number): CostFigures {
  const sorted = [...times].sort((a, b) => a - b)
  const p50 = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  return { p50, p95, p50Slowed: p50 * slowdown, p95Slowed: p95 * slowdown, samples: times.length }
}

function timed(run: () => void): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

/** Measures the detector's cost per keystroke and per cold read of 2,000-character notes. */
export function measureTheyFramingCost(options: TheyFramingCostOptions = {}): TheyFramingCost {
  const { notes = 40, keystrokes = 50, slowdown = 4, seed = 4711 } = options
  const random = seededRandom(seed)
  const startupMs = timed(() => detectTheyFraming('They never call back.'))
  // Warm the JIT on notes that are then thrown away.
  for (let i = 0; i < 20; i++) detectTheyFraming(makeNote(random, `w${i}-`))

  const cold: number[] = []
  const keystroke: number[] = []
  for (let n = 0; n < notes; n++) {
    let note = makeNote(random, `n${n}-`)
    cold.push(timed(() => detectTheyFraming(note)))
    for (let k = 0; k < keystrokes; k++) {
      const at = Math.floor(random() * note.length)
      note = `${note.slice(0, at)}${'abcdefghij'[k % 10]}${note.slice(at)}`.slice(0, NOTE_CHARS)
      const text = note
      keystroke.push(timed(() => detectTheyFraming(text)))
    }
  }
  return {
    keystroke: figures(keystroke, slowdown),
    cold: figures(cold, slowdown),
    startupMs,
    noteChars: NOTE_CHARS,
    slowdown,
  }
}

/** One line a report can print: "keystroke p50 0.05 ms, p95 0.20 ms (×4: 0.20, 0.80 ms)…". */
export function describeTheyFramingCost(cost: TheyFramingCost): string {
  const line = (name: string, f: CostFigures) =>
    `${name} p50 ${f.p50.toFixed(3)} ms, p95 ${f.p95.toFixed(3)} ms ` +
    `(×${cost.slowdown}: ${f.p50Slowed.toFixed(2)} ms, ${f.p95Slowed.toFixed(2)} ms; n=${f.samples})`
  return [
    `they-framing detector on ${cost.noteChars}-character notes`,
    line('keystroke', cost.keystroke),
    line('cold read', cost.cold),
    `model start-up ${cost.startupMs.toFixed(0)} ms (once per page)`,
  ].join('\n')
}

// `npx tsx bench/scenarios/theyFramingCost.ts` prints the figures on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(describeTheyFramingCost(measureTheyFramingCost()))
}
