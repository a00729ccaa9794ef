import { SERVER_LABELS, type BenchConfig } from '../config'
import type { DurabilityRow } from '../scenarios/durability'
import { formatMs, formatRatio, judge } from '../stats'
import { ms, TARGETS } from './format'

export function renderDurability(rows: DurabilityRow[], config: BenchConfig): string[] {
  const out = [
    "From the edit leaving its client to its bytes being committed in the server's SQLite file, seen " +
      `by a separate process polling the file every ${config.durability.pollMs} ms through its own read-only ` +
      'connection (the time is taken after each read, so it errs long by up to one poll). For the ' +
      'stock store, which writes the whole document when Hocuspocus calls onStoreDocument (debounced: ' +
      '2 s after the last change, at most every 10 s), an edit is on disk once a stored document holds ' +
      'it or a later edit of the same client. A commit is readable in the file before the disk has ' +
      'synced it. "Ack" is the server\'s sync-status reply: Coboard sends it once the commit is ' +
      'synced (fdatasync of the WAL, off the event loop), so for Coboard the ack is when the edit is ' +
      'durable; stock Hocuspocus sends it on applying, before anything is stored.',
    '',
    '| server | clients | edits | on disk p50 | p95 | p99 | ack p50 | ack p95 | ack p99 | others |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const row of rows) {
    const window = row.load.graceMs
    if (row.load.abandoned) {
      out.push(
        `| ${SERVER_LABELS[row.kind]} | ${row.clients} | not measured: ${row.load.abandoned} ||||||||`,
      )
      continue
    }
    out.push(
      `| ${SERVER_LABELS[row.kind]} | ${row.clients} | ${row.load.sent.length} | ` +
        `${formatMs(row.onDisk.p50, window)} | ${formatMs(row.onDisk.p95, window)} | ${formatMs(row.onDisk.p99, window)} | ` +
        `${formatMs(row.ack.p50, window)} | ${formatMs(row.ack.p95, window)} | ${formatMs(row.ack.p99, window)} | ` +
        `${row.load.machineLoad ? `${Math.round(row.load.machineLoad.others)} %` : '–'} |`,
    )
  }
  const a = rows.find((row) => row.kind === 'coboard')
  const b = rows.find((row) => row.kind === 'hocuspocus')
  out.push(
    '',
    `Coboard ÷ Hocuspocus, on-disk p95: ${a && b ? formatRatio(a.onDisk.p95, b.onDisk.p95) : '–'}.`,
    '',
    `**Target** (Coboard, p95 ≤ ${TARGETS.durableP95} ms to disk, read as synced: the ack): ` +
      (a
        ? `${formatMs(a.ack.p95, a.load.graceMs)} ms, ${judge(a.ack.p95, TARGETS.durableP95, ms)}.`
        : 'not measured.'),
  )
  return out
}
