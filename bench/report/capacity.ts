import { SERVER_LABELS, type ServerKind } from '../config'
import type { CapacityRow } from '../scenarios/capacity'
import { formatMs, formatRatio, judge } from '../stats'
import { clientCell, isSaturated, kb, TARGETS } from './format'

export function renderCapacity(rows: CapacityRow[]): string[] {
  const out = [
    'Connections spread evenly over boards in one server process, under the same workload. Memory is ' +
      'read inside the server after two full collections: once with the boards created and nobody ' +
      'connected, once with every connection open after the measured window. The difference over the open ' +
      'connections is the cost of a connection, its share of a loaded board included.',
    '',
    '| server | connections | boards | synced | dropped | RSS / connection | heap / connection | server CPU | server delay p99 | latency p95 | clients | others |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  ]
  for (const row of rows) {
    const { load } = row
    if (load.abandoned && load.connected === 0) {
      out.push(
        `| ${SERVER_LABELS[row.kind]} | ${row.connections} | ${row.boards} | not measured: ${load.abandoned} |||||||||`,
      )
      continue
    }
    out.push(
      `| ${SERVER_LABELS[row.kind]} | ${row.connections} | ${row.boards} | ${load.connected} | ${row.dropped} | ` +
        `${kb(row.rssPerConnection)} | ${kb(row.heapPerConnection)} | ` +
        `${load.serverLoad ? `${Math.round(load.serverLoad.cpuPercent)} %` : '–'} | ` +
        `${load.serverLoad ? `${formatMs(load.serverLoad.lagP99)} ms` : '–'} | ${formatMs(row.perDelivery.p95, load.graceMs)} ms | ` +
        `${clientCell(load.clientLoad)}${isSaturated(load.clientLoad) ? ' ⚠' : ''} | ` +
        `${load.machineLoad ? `${Math.round(load.machineLoad.others)} %` : '–'} |`,
    )
  }
  const find = (kind: ServerKind) => rows.find((row) => row.kind === kind)
  const a = find('coboard')
  const b = find('hocuspocus')
  const c = find('ywebsocket')
  out.push(
    '',
    '| ratio | RSS / connection | heap / connection | server CPU |',
    '|---|---:|---:|---:|',
    ...(
      [
        ['Coboard ÷ Hocuspocus', b],
        ['Coboard ÷ y-websocket', c],
      ] as const
    ).map(
      ([label, other]) =>
        `| ${label} | ${a && other ? formatRatio(a.rssPerConnection, other.rssPerConnection) : '–'} | ` +
        `${a && other ? formatRatio(a.heapPerConnection, other.heapPerConnection) : '–'} | ` +
        `${a && other ? formatRatio(a.load.serverLoad?.cpuPercent ?? Number.NaN, other.load.serverLoad?.cpuPercent ?? Number.NaN) : '–'} |`,
    ),
    '',
    `**Target** (Coboard, ≤ 64 KB per connection): ` +
      (a
        ? `RSS ${kb(a.rssPerConnection)}, ${judge(a.rssPerConnection, TARGETS.bytesPerConnection, kb)}; ` +
          `heap ${kb(a.heapPerConnection)}, ${judge(a.heapPerConnection, TARGETS.bytesPerConnection, kb)}; ` +
          `${a.dropped} dropped.`
        : 'not measured.'),
  )
  return out
}
