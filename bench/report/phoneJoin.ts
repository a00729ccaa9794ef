import type { ColdOpen, Device } from '../scenarios/coldOpen'
import { CPU_SLOWDOWN, SLOW_4G } from '../scenarios/coldOpen'
import type { DeflateRun } from '../scenarios/largeBoardSync'
import type { PhoneJoinFigures } from '../scenarios/phoneJoin'
import type { PropagationRow } from '../scenarios/propagation'
import type { RoomJoin } from '../scenarios/roomJoin'
import { formatMs, formatNumber, formatRatio, judge, summarize } from '../stats'
import { kb, loadCell, ms, TARGETS } from './format'

const SCREENS: Readonly<Record<Device, string>> = {
  phone: '390 × 844, touch',
  laptop: '1366 × 768',
}

const median = (values: readonly number[]) => summarize(values).p50
const seconds = (value: number) => `${formatNumber(value / 1000, 2)} s`

export function renderPhoneJoin(figures: PhoneJoinFigures): string[] {
  return [
    ...renderCold(figures.cold),
    '',
    ...renderRoom(figures.room),
    '',
    ...renderDeflate(figures.deflate),
  ]
}

function renderCold(cold: PhoneJoinFigures['cold']): string[] {
  const out = [
    `**Opening the participant link cold** in headless Chromium: a new context each time (empty ` +
      `cache, service workers blocked), network at Slow 4G (${SLOW_4G.latency} ms round trip, ` +
      `1.6 Mbit/s down, 750 kbit/s up, \`Network.emulateNetworkConditions\`), CPU ${CPU_SLOWDOWN}× ` +
      'slower. Times from navigation start, read in the page at the animation frame after the DOM ' +
      'shows the state; bytes are what Chromium received over HTTP (`encodedDataLength`, headers ' +
      'included), and the websocket payload the page got beside them. Medians of the runs.',
    '',
    '| device | screen | join dialog painted | board ready after joining | of which Join → ready | HTTP bytes | socket payload | runs (dialog) |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ]
  const judged: string[] = []
  for (const device of ['phone', 'laptop'] as const) {
    const result = cold[device]
    if (!result.ok) {
      out.push(`| ${device} | ${SCREENS[device]} | not measured: ${result.reason} ||||||`)
      continue
    }
    const runs = result.value
    const dialog = median(runs.map((run) => run.dialogMs))
    const bytes = median(runs.map((run) => run.bytes))
    const ready = runs.flatMap((run) => (run.readyMs === null ? [] : [run.readyMs]))
    const joinToReady = runs.flatMap((run) => (run.joinToReadyMs ?? []) as number[])
    out.push(
      `| ${device} | ${SCREENS[device]} | ${seconds(dialog)} | ${ready.length ? seconds(median(ready)) : '–'} | ` +
        `${joinToReady.length ? seconds(median(joinToReady)) : '–'} | ${kb(bytes)} | ` +
        `${kb(median(runs.map((run) => run.socketBytes)))} | ${runs.map((run) => seconds(run.dialogMs)).join(', ')} |`,
    )
    if (device === 'phone') {
      judged.push(
        `join dialog ≤ 3 s: ${judge(dialog, TARGETS.phoneDialogMs, ms)}`,
        `≤ 200 KB transferred: ${judge(bytes, TARGETS.phoneBytes, kb)}`,
      )
    }
  }
  out.push(
    '',
    'The laptop answers the dialog (a name, the first side, Join) and is ready when the board ' +
      'canvas is on screen, the connection live and the dialog gone; its time includes the form ' +
      'being filled in at the throttled CPU.',
  )
  if (judged.length) out.push('', `Targets (phone): ${judged.join('; ')}.`)
  out.push('', ...renderFiles(cold))
  return out
}

/** Every script and stylesheet each device fetched, side by side (from its first run). */
function renderFiles(cold: PhoneJoinFigures['cold']): string[] {
  const files = (device: Device): readonly ColdOpen['files'][number][] => {
    const result = cold[device]
    return result.ok ? result.value[0].files : []
  }
  const isCode = (type: string) => type === 'Script' || type === 'Stylesheet'
  const paths = [
    ...new Set(
      [...files('phone'), ...files('laptop')].filter((f) => isCode(f.type)).map((f) => f.path),
    ),
  ]
  const cell = (device: Device, path: string) => {
    const file = files(device).find((entry) => entry.path === path)
    return file ? kb(file.bytes) : 'not loaded'
  }
  const rest = (device: Device) =>
    kb(
      files(device)
        .filter((file) => !isCode(file.type))
        .reduce((sum, file) => sum + file.bytes, 0),
    )
  return [
    '**What each path loaded** (scripts and stylesheets, bytes on the wire):',
    '',
    '| file | phone | laptop |',
    '|---|---:|---:|',
    ...paths.map((path) => `| ${path} | ${cell('phone', path)} | ${cell('laptop', path)} |`),
    `| everything else (page, icons, API) | ${rest('phone')} | ${rest('laptop')} |`,
  ]
}

function renderRoom(room: PhoneJoinFigures['room']): string[] {
  if (!room.ok) return ['**A room joining at once**: not measured: ' + room.reason]
  const v: RoomJoin = room.value
  const out = [
    `**A room joining at once**: ${v.phones} phones open the participant link over ` +
      `${v.spreadMs / 1000} s, evenly spaced, from two Node processes. Each fetches the page and ` +
      'every script and stylesheet it names (and those the browser phone above fetched), with ' +
      '`Accept-Encoding: br, gzip` and up to six connections, then opens a `HocuspocusProvider` ' +
      'with the participant token, syncs, joins the roster and sets its presence. Meanwhile the ' +
      'people already on the board keep editing as in figure 1.',
    '',
    '| phones | succeeded | page + assets p50 | p95 | bytes per phone | socket → synced p50 | p95 | arrival → on the roster p50 | p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${v.phones} | ${v.succeeded} | ${ms(v.http.p50)} | ${ms(v.http.p95)} | ${kb(v.httpBytes)} | ` +
      `${ms(v.synced.p50)} | ${ms(v.synced.p95)} | ${ms(v.joined.p50)} | ${ms(v.joined.p95)} |`,
  ]
  if (v.failures.length) {
    out.push('', `Failures: ${v.failures.map((f) => `${f.count} × ${f.reason}`).join('; ')}.`)
  }
  out.push(
    '',
    `Edits of the ${v.quiet.clients} people already there (figure 1's workload, half of them ` +
      'editing), during the arrival window and in the same window on a quiet board:',
    '',
    ...editTable([
      ['quiet', v.quiet],
      ['room arriving', v.during],
    ]),
    '',
    `All ${v.phones} joined: ${v.succeeded === v.phones ? 'yes' : `no (${v.succeeded})`}; edit ` +
      `p95 during the arrival ${formatRatio(v.during.perDelivery.p95, v.quiet.perDelivery.p95)} the quiet p95.`,
  )
  return out
}

function renderDeflate(deflate: PhoneJoinFigures['deflate']): string[] {
  if (!deflate.ok) return ['**Large boards join lighter**: not measured: ' + deflate.reason]
  const runs: readonly DeflateRun[] = deflate.value
  const notes = runs[0]?.newcomer.notes ?? 0
  const out = [
    `**Large boards join lighter**: a newcomer's first sync of a ${formatNumber(notes, 0)}-note board ` +
      'through a `HocuspocusProvider` on `ws`, with permessage-deflate off and on with the settings ' +
      'of server/src/collab/CollabSocket.ts (forced per server process, bench/servers/socketDeflate.ts). ' +
      `Bytes are what the TCP socket carried until synced, the upgrade included; medians of ` +
      `${runs[0]?.newcomer.newcomers ?? 0} newcomers joining one after another and staying. "At ` +
      'Slow 4G" is those bytes at 1.6 Mbit/s, computed, not measured. "Server memory" is the ' +
      "server's resident memory after a collection with every newcomer connected, less before, " +
      'per newcomer (zlib keeps its compressor outside the heap).',
    '',
    '| permessage-deflate | negotiated | bytes in | bytes out | synced over loopback | at Slow 4G | server memory per newcomer |',
    '|---|---|---:|---:|---:|---:|---:|',
  ]
  for (const run of runs) {
    const n = run.newcomer
    out.push(
      `| ${run.deflate ? 'on' : 'off'} | ${n.negotiated ? 'yes' : 'no'} | ${kb(n.bytesIn.p50)} | ` +
        `${kb(n.bytesOut.p50)} | ${ms(n.syncedMs.p50)} | ${seconds(((n.bytesIn.p50 * 8) / 1_600_000) * 1000)} | ` +
        `${kb(n.memoryPerNewcomer)} |`,
    )
  }
  const clients = runs[0]?.edits.clients ?? 0
  out.push(
    '',
    `Small edits in the same run, ${clients} providers on one board (figure 1's workload):`,
    '',
    ...editTable(runs.map((run) => [`deflate ${run.deflate ? 'on' : 'off'}`, run.edits] as const)),
  )
  const off = runs.find((run) => !run.deflate)
  const on = runs.find((run) => run.deflate)
  if (off && on) {
    out.push(
      '',
      `Deflate: a newcomer reads ${formatRatio(on.newcomer.bytesIn.p50, off.newcomer.bytesIn.p50)} ` +
        `the bytes; small edits p50 ${formatRatio(on.edits.perDelivery.p50, off.edits.perDelivery.p50)}, ` +
        `p95 ${formatRatio(on.edits.perDelivery.p95, off.edits.perDelivery.p95)} of theirs without it.`,
    )
  }
  return out
}

function editTable(rows: readonly (readonly [string, PropagationRow])[]): string[] {
  const out = [
    '| run | p50 | p95 | p99 | delivered | edits/s | server |',
    '|---|---:|---:|---:|---:|---:|---|',
  ]
  for (const [label, row] of rows) {
    const { load } = row
    if (load.abandoned) {
      out.push(`| ${label} | not measured: ${load.abandoned} ||||||`)
      continue
    }
    const window = load.graceMs
    const delivered =
      load.expectedDeliveries > 0 ? (load.latencies.length / load.expectedDeliveries) * 100 : 0
    out.push(
      `| ${label} | ${formatMs(row.perDelivery.p50, window)} | ${formatMs(row.perDelivery.p95, window)} | ` +
        `${formatMs(row.perDelivery.p99, window)} | ${formatNumber(delivered, 2)} % | ` +
        `${formatNumber(load.editsPerSecond)} | ${loadCell(load.serverLoad)} |`,
    )
  }
  return out
}
