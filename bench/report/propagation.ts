import { SERVER_LABELS, type BenchConfig, type ServerKind } from '../config'
import type { PropagationRow } from '../scenarios/propagation'
import { formatMs, formatNumber, formatRatio, judge, type Summary } from '../stats'
import { clientCell, isSaturated, loadCell, ms, TARGETS } from './format'

export function renderPropagation(rows: PropagationRow[], config: BenchConfig): string[] {
  const window = config.timeline.tailMs + config.timeline.settleMs
  const out = [
    'One edit, seen by every other client on the same board. "Per delivery" ranks every (edit, receiver) ' +
      'pair; "last client" is per edit, until the slowest receiver had it. Server and client columns: CPU ' +
      "in % of one core / event-loop delay p99; for clients, summed CPU / busiest process's event-loop " +
      'utilisation / its delay p99. "Others": CPU used outside the run.',
    '',
    '"Watchers" says what the watching 90 % were. *providers*: full clients as specified (provider + ' +
      'Y.Doc each). *lean*: protocol-level watchers (bench/clients/watcher.ts) that authenticate, sync, ' +
      'join the roster, announce and renew their presence and receive every message, but do not apply ' +
      'updates to a Y.Doc; the active 10 % are full providers either way. Every full client pays a Yjs ' +
      'transaction per remote update over a state vector with one entry per writer, so at a few hundred ' +
      'clients on two cores the clients, not the server, set the pace; lean watchers leave the CPU to ' +
      "the server. With lean watchers C is measured without its provider's awareness echo (its provider " +
      'sends every remote awareness change back to the server).',
    '',
    '| clients | watchers | server | p50 | p95 | p99 | delivered | last client p95 | edits/s | cursors/s | ack p95 | server | clients | others |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|',
  ]
  for (const row of rows) {
    const { load } = row
    const head = `| ${row.clients} | ${row.lean ? 'lean' : 'providers'} | ${SERVER_LABELS[row.kind]} |`
    if (load.abandoned) {
      out.push(`${head} not measured: ${load.abandoned} |||||||||||`)
      continue
    }
    const delivered =
      load.expectedDeliveries > 0 ? (load.latencies.length / load.expectedDeliveries) * 100 : 0
    out.push(
      `${head} ${formatMs(row.perDelivery.p50, window)} | ` +
        `${formatMs(row.perDelivery.p95, window)} | ${formatMs(row.perDelivery.p99, window)} | ` +
        `${formatNumber(delivered, 2)} % | ${formatMs(row.fanout.p95, window)} | ${formatNumber(load.editsPerSecond)} | ` +
        `${formatNumber(load.cursorsPerSecond, 0)} | ${row.ack ? formatMs(row.ack.p95, window) : 'no acks'} | ` +
        `${loadCell(load.serverLoad)} | ${clientCell(load.clientLoad)}${isSaturated(load.clientLoad) ? ' ⚠' : ''} | ` +
        `${load.machineLoad ? `${Math.round(load.machineLoad.others)} %` : '–'} |`,
    )
  }
  out.push(
    '',
    '⚠ marks runs whose load-client processes were saturated (event-loop utilisation over 80 % or delay ' +
      'p99 over 50 ms): deliveries then also wait for the clients, so the figure is an upper bound on the ' +
      "server's share; in production every participant has a machine of their own.",
    '',
    ...renderRatios(rows),
    '',
    '**Targets** (Coboard, per-delivery p95):',
    '',
  )
  for (const [clients, target] of [
    [200, TARGETS.p95At200],
    [500, TARGETS.p95At500],
  ] as const) {
    for (const lean of [false, true]) {
      const row = rows.find(
        (entry) => entry.kind === 'coboard' && entry.clients === clients && entry.lean === lean,
      )
      if (!row) continue
      out.push(
        `- ${clients} clients, ${lean ? 'lean watchers' : 'providers'}, p95 ≤ ${target} ms: ` +
          (row.load.abandoned
            ? `not measured (${row.load.abandoned})`
            : `${formatMs(row.perDelivery.p95, window)} ms, ${judge(row.perDelivery.p95, target, ms)}` +
              (isSaturated(row.load.clientLoad) ? ' (clients saturated ⚠)' : '')),
      )
    }
  }
  out.push(
    '',
    'Published reference, for orientation only (another machine and harness): stock Hocuspocus p95 ' +
      '8 / 22 / 151 ms at 50 / 200 / 500 clients; y-websocket 8 / 2,700 ms at 50 / 200.',
  )
  return out
}

function renderRatios(rows: PropagationRow[]): string[] {
  const out = [
    'Per-delivery latency ratios (below 1 means Coboard is faster):',
    '',
    '| clients | watchers | p50 A÷B | p95 A÷B | p99 A÷B | p50 A÷C | p95 A÷C | p99 A÷C |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ]
  const runs = [...new Map(rows.map((row) => [`${row.clients}/${row.lean}`, row])).values()]
  for (const { clients, lean } of runs) {
    const find = (kind: ServerKind) => {
      const row = rows.find(
        (entry) => entry.kind === kind && entry.clients === clients && entry.lean === lean,
      )
      return row && !row.load.abandoned ? row.perDelivery : null
    }
    const a = find('coboard')
    const b = find('hocuspocus')
    const c = find('ywebsocket')
    const ratio = (x: Summary | null, y: Summary | null, key: 'p50' | 'p95' | 'p99') =>
      x && y ? formatRatio(x[key], y[key]) : '–'
    out.push(
      `| ${clients} | ${lean ? 'lean' : 'providers'} | ${ratio(a, b, 'p50')} | ${ratio(a, b, 'p95')} | ` +
        `${ratio(a, b, 'p99')} | ${ratio(a, c, 'p50')} | ${ratio(a, c, 'p95')} | ${ratio(a, c, 'p99')} |`,
    )
  }
  return out
}
