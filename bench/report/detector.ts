import type { TheyFramingCost } from '../scenarios/theyFramingCost'
import { judge } from '../stats'
import { ms, TARGETS } from './format'

export function renderDetector(cost: TheyFramingCost): string[] {
  const row = (name: string, figures: TheyFramingCost['keystroke']) =>
    `| ${name} | ${ms(figures.p50)} | ${ms(figures.p95)} | ${ms(figures.p50Slowed)} | ${ms(figures.p95Slowed)} | ${figures.samples} |`
  return [
    `The they detector (shared/src/board/theyFraming.ts) in Node, on ${cost.noteChars}-character ` +
      'notes made of corpus statements: a keystroke is one character typed at a random place in ' +
      'a note the detector has read before (it re-reads only the sentence that changed), a cold ' +
      `read is a note it has never seen. "×${cost.slowdown}" multiplies the raw times, for a CPU ` +
      `${cost.slowdown}× slower (the browser figures slow Chromium itself instead).`,
    '',
    `| read | p50 | p95 | p50 ×${cost.slowdown} | p95 ×${cost.slowdown} | samples |`,
    '|---|---:|---:|---:|---:|---:|',
    row('keystroke', cost.keystroke),
    row('cold read', cost.cold),
    '',
    `Model start-up, once per page (the client loads it at idle, in a chunk of its own that ` +
      `phones never fetch): ${ms(cost.startupMs)}.`,
    '',
    `Target: a keystroke p95 ≤ ${TARGETS.detectorKeystrokeP95} ms at ×${cost.slowdown}: ` +
      `${judge(cost.keystroke.p95Slowed, TARGETS.detectorKeystrokeP95, ms)}.`,
  ]
}
