import type { HeavyRow } from '../scenarios/heavyRequests'
import { formatMs, formatRatio } from '../stats'
import { loadCell } from './format'

/** Saves under a burst of heavy requests may take at most this many times the quiet p95. */
const HEAVY_P95_FACTOR = 2

export function renderHeavyRequests(rows: HeavyRow[]): string[] {
  const quiet = rows.find((row) => row.label === 'quiet')
  const out = [
    'Editors on one board save one edit a second each (their acknowledgement comes once the edit ' +
      'is synced to disk) while, from the start of the measured window, a burst of heavy requests ' +
      'runs against a big board: every format that renders in every naming (so no kept copy ' +
      'serves one), or six imports of a big board file at once. The per-address budgets are ' +
      'lifted (every request comes from 127.0.0.1), so this is many addresses at once. Renders ' +
      'and board files run on worker threads with a queue of 8; past it a request gets 503.',
    '',
    '| run | saves | ack p50 | ack p95 | ack p99 | p95 ÷ quiet | answers | request p50 | request max | server CPU / lag p99 | others |',
    '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|',
  ]
  for (const row of rows) {
    const window = row.load.graceMs
    if (row.load.abandoned) {
      out.push(`| ${row.label} | not measured: ${row.load.abandoned} ||||||||||`)
      continue
    }
    const answers = Object.entries(row.answers)
      .map(([status, count]) => `${count}× ${status}`)
      .join(', ')
    out.push(
      `| ${row.label} | ${row.ack.count} | ${formatMs(row.ack.p50, window)} | ` +
        `${formatMs(row.ack.p95, window)} | ${formatMs(row.ack.p99, window)} | ` +
        `${quiet && row !== quiet ? formatRatio(row.ack.p95, quiet.ack.p95) : '–'} | ` +
        `${answers || '–'} | ${formatMs(row.requestMs.p50)} | ${formatMs(row.requestMs.max)} | ` +
        `${loadCell(row.load.serverLoad)} | ` +
        `${row.load.machineLoad ? `${Math.round(row.load.machineLoad.others)} %` : '–'} |`,
    )
  }
  const worst = rows
    .filter((row) => row !== quiet)
    .reduce<HeavyRow | null>((a, b) => (a && a.ack.p95 >= b.ack.p95 ? a : b), null)
  const met = quiet && worst && worst.ack.p95 <= quiet.ack.p95 * HEAVY_P95_FACTOR
  out.push(
    '',
    `**Target** (save p95 under a burst within ${HEAVY_P95_FACTOR}× the quiet p95 of the same run): ` +
      (quiet && worst
        ? `worst ${formatMs(worst.ack.p95, worst.load.graceMs)} ms against ` +
          `${formatMs(quiet.ack.p95, quiet.load.graceMs)} ms quiet ` +
          `(${formatRatio(worst.ack.p95, quiet.ack.p95)}), ${met ? 'met' : 'missed'}.`
        : 'not measured.'),
  )
  return out
}
