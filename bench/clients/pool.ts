import path from 'node:path'
import type { BenchConfig } from '../config'
import { now, sleep } from '../clock'
import { ChildProcessHandle } from '../ipc'
import type { BoardRef, ServerHandle } from '../servers/launch'
import type { Usage } from '../servers/serverProcess'
import { machineBusy, readCpuTimes, waitForQuiet } from '../machine'
import type {
  ClientSpec,
  ConnectReply,
  ConnectRequest,
  ProcessReport,
  RunRequest,
  SentEdit,
} from './protocol'

// The orchestrator's side of the load: spreads the simulated participants over a few
// load-client processes, connects them, runs one timeline in all of them at once and merges
// what they report. Processes, not one process, so that the clients' own work (decoding every
// update and awareness message for hundreds of peers) does not queue behind one event loop.

/** Busy-ness of one process over the measured window. */
export interface ProcessLoad {
  /** CPU time over wall time; 100 is one core. */
  readonly cpuPercent: number
  /** Event-loop utilisation, 0–1. */
  readonly elu: number
  /** 99th percentile event-loop delay, ms. */
  readonly lagP99: number
}

export interface LoadResult {
  readonly requested: number
  readonly connected: number
  readonly connectMs: number
  /** Sockets that closed after their first sync. */
  readonly drops: number
  /** Why the run stopped early, if it did. */
  readonly abandoned: string | null
  readonly latencies: Float64Array
  /** Deliveries of measured edits that should have happened (every other connected client). */
  readonly expectedDeliveries: number
  /** Per measured edit, the time until the last client saw it; ∞ when one never did. */
  readonly fanout: number[]
  readonly sent: SentEdit[]
  readonly editsPerSecond: number
  readonly cursorsPerSecond: number
  readonly clientLoad: ProcessLoad[]
  readonly serverLoad: ProcessLoad | null
  /** The whole machine over the window, and what processes outside the run used, % of a core. */
  readonly machineLoad: { readonly busy: number; readonly others: number } | null
  /** How long the run waited for a quiet machine, and the load when it started. */
  readonly quiet: { readonly waitedMs: number; readonly busy: number }
  readonly windowMs: number
  /** Longest a delivery could take and still count. */
  readonly graceMs: number
}

export interface LoadOptions {
  readonly server: ServerHandle
  readonly boards: readonly BoardRef[]
  readonly clients: readonly ClientSpec[]
  readonly config: BenchConfig
  readonly workDir: string
  readonly label: string
  /** Called once every client has connected, before the timeline starts. */
  readonly afterConnect?: () => Promise<void>
  /** Called after the timeline, while every client is still connected. */
  readonly beforeClose?: () => Promise<void>
}

const LOAD_CLIENT = new URL('./loadClient.ts', import.meta.url)

/**
 * The specs for `count` clients spread evenly over `boards` boards, `share` of them active. With
 * `leanWatchers`, the watching ones are lean watchers; active ones are always full providers.
 */
export function planClients(
  count: number,
  boards: number,
  share: number,
  leanWatchers = false,
): ClientSpec[] {
  const perBoard = Math.ceil(count / boards)
  const activePerBoard = Math.max(1, Math.round(perBoard * share))
  return Array.from({ length: count }, (_, index) => {
    const active = Math.floor(index / boards) < activePerBoard
    return { index, board: index % boards, active, lean: leanWatchers && !active }
  })
}

/** Connects every client, runs the configured timeline and returns the merged figures. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { config, server, clients } = options
  const quiet = await waitForQuiet(config.quietWaitMs)
  const processCount = Math.min(config.clientProcesses, clients.length)
  const processes = Array.from({ length: processCount }, (_, index) =>
    ChildProcessHandle.start(`load client ${index}`, LOAD_CLIENT, {
      logFile: path.join(options.workDir, `${options.label}-client-${index}.log`),
      nodeOptions: [
        '--max-old-space-size=4096',
        // CPU profiles of the load clients, for finding what the harness itself costs.
        ...(process.env.BENCH_PROFILE_CLIENTS
          ? ['--cpu-prof', `--cpu-prof-dir=${options.workDir}`]
          : []),
      ],
    }),
  )
  let watchdog: NodeJS.Timeout | null = null
  try {
    const shares = processes.map((_, index) =>
      clients.filter((client) => client.index % processCount === index),
    )
    const asked = now()
    const replies = await Promise.all(
      processes.map((child, index) => {
        const request: ConnectRequest = {
          kind: server.kind,
          port: server.port,
          boards: options.boards,
          clients: shares[index],
          ramp: config.ramp,
          timeoutMs: config.connectTimeoutMs,
          addEvery: config.workload.addEvery,
        }
        return child.request<ConnectReply>('connect', request, config.connectTimeoutMs + 30_000)
      }),
    )
    const answered = now()
    for (const reply of replies) {
      if (reply.clock < asked || reply.clock > answered) {
        throw new Error('a load-client process does not share the orchestrator clock')
      }
    }
    const connectedIndices = new Set(replies.flatMap((reply) => reply.connected))
    const connectMs = Math.max(...replies.map((reply) => reply.connectMs))
    const base = { requested: clients.length, connected: connectedIndices.size, connectMs, quiet }
    // Fewer than 90 % connected is not the workload that was asked for: report, do not measure.
    if (connectedIndices.size < clients.length * 0.9) {
      return emptyResult(
        base,
        `only ${connectedIndices.size} of ${clients.length} clients synced within ${config.connectTimeoutMs / 1000} s`,
      )
    }
    await options.afterConnect?.()

    let abandoned: string | null = null
    watchdog = setInterval(() => {
      const rss = server.residentBytes()
      if (rss > config.serverRssLimitBytes && !abandoned) {
        abandoned = `server memory passed ${config.serverRssLimitBytes / 1024 ** 3} GB; stopped`
        server.stop().catch(() => undefined)
      }
    }, 1000)

    const { timeline, workload } = config
    const measureFrom = now() + 500 + timeline.warmupMs
    const run: RunRequest = {
      measureFrom,
      measureUntil: measureFrom + timeline.measureMs,
      loadUntil: measureFrom + timeline.measureMs + timeline.tailMs,
      reportAt: measureFrom + timeline.measureMs + timeline.tailMs + timeline.settleMs,
      editIntervalMs: workload.editIntervalMs,
      cursorIntervalMs: workload.cursorIntervalMs,
    }
    const windowLoad = measureWindow(server, run)
    const reports = await Promise.all(
      processes.map((child) =>
        child.request<ProcessReport>('run', run, run.reportAt - now() + 60_000),
      ),
    )
    const { serverLoad, busy } = await windowLoad
    if (!abandoned) await options.beforeClose?.()
    const merged = merge(base, reports, connectedIndices, clients, run)
    const ours =
      (serverLoad?.cpuPercent ?? 0) +
      merged.clientLoad.reduce((sum, entry) => sum + entry.cpuPercent, 0)
    return {
      ...merged,
      abandoned,
      serverLoad,
      machineLoad: Number.isNaN(busy) ? null : { busy, others: Math.max(0, busy - ours) },
    }
  } catch (error) {
    return emptyResult(
      { requested: clients.length, connected: 0, connectMs: 0, quiet },
      error instanceof Error ? error.message.split('\n')[0] : String(error),
    )
  } finally {
    if (watchdog) clearInterval(watchdog)
    await Promise.all(processes.map((child) => child.stop('close', 10_000)))
  }
}

/**
 * The server's CPU and event loop over the measured window, read from inside the process, and
 * the whole machine's CPU over the same window.
 */
async function measureWindow(
  server: ServerHandle,
  run: RunRequest,
): Promise<{ serverLoad: ProcessLoad | null; busy: number }> {
  await sleep(run.measureFrom - now())
  // A server too busy to answer within a few seconds gets no CPU figure rather than a late one.
  const machineBefore = readCpuTimes()
  const before = await server.usage(false, 3000).catch(() => null)
  await sleep(run.measureUntil - now())
  const machineAfter = readCpuTimes()
  const after = await server.usage(false, 3000).catch(() => null)
  return {
    serverLoad: before && after ? loadBetween(before, after) : null,
    busy: machineBusy(machineBefore, machineAfter),
  }
}

/** CPU share, event-loop utilisation and delay between two usage readings. */
export function loadBetween(before: Usage, after: Usage): ProcessLoad {
  const wallMs = after.at - before.at
  const active = after.elu.active - before.elu.active
  const idle = after.elu.idle - before.elu.idle
  return {
    cpuPercent: ((after.cpuMicros - before.cpuMicros) / 1000 / wallMs) * 100,
    elu: active + idle > 0 ? active / (active + idle) : 0,
    lagP99: after.lagP99,
  }
}

function merge(
  base: Pick<LoadResult, 'requested' | 'connected' | 'connectMs' | 'quiet'>,
  reports: ProcessReport[],
  connected: Set<number>,
  clients: readonly ClientSpec[],
  run: RunRequest,
): Omit<LoadResult, 'abandoned' | 'serverLoad' | 'machineLoad'> {
  const boardSizes = new Map<number, number>()
  for (const client of clients) {
    if (connected.has(client.index)) {
      boardSizes.set(client.board, (boardSizes.get(client.board) ?? 0) + 1)
    }
  }
  const perEdit = new Map<string, { count: number; max: number }>()
  for (const report of reports) {
    for (const [key, entry] of report.perEdit) {
      const merged = perEdit.get(key)
      if (merged) {
        merged.count += entry.count
        merged.max = Math.max(merged.max, entry.max)
      } else {
        perEdit.set(key, { ...entry })
      }
    }
  }
  const sent = reports.flatMap((report) => report.sent)
  let expectedDeliveries = 0
  const fanout: number[] = []
  for (const edit of sent) {
    const expected = (boardSizes.get(edit.board) ?? 1) - 1
    expectedDeliveries += expected
    const seen = perEdit.get(edit.key)
    fanout.push(
      expected === 0 ? 0 : seen && seen.count >= expected ? seen.max : Number.POSITIVE_INFINITY,
    )
  }
  const total = reports.reduce((sum, report) => sum + report.latencies.length, 0)
  const latencies = new Float64Array(total)
  let offset = 0
  for (const report of reports) {
    latencies.set(report.latencies, offset)
    offset += report.latencies.length
  }
  const windowMs = run.measureUntil - run.measureFrom
  return {
    ...base,
    drops: reports.reduce((sum, report) => sum + report.drops, 0),
    latencies,
    expectedDeliveries,
    fanout,
    sent,
    editsPerSecond: (sent.length / windowMs) * 1000,
    cursorsPerSecond:
      (reports.reduce((sum, report) => sum + report.cursorsSent, 0) / windowMs) * 1000,
    clientLoad: reports.map(({ cpuPercent, elu, lagP99 }) => ({ cpuPercent, elu, lagP99 })),
    windowMs,
    graceMs: run.reportAt - run.measureUntil,
  }
}

function emptyResult(
  base: Pick<LoadResult, 'requested' | 'connected' | 'connectMs' | 'quiet'>,
  abandoned: string,
): LoadResult {
  return {
    ...base,
    drops: 0,
    abandoned,
    latencies: new Float64Array(0),
    expectedDeliveries: 0,
    fanout: [],
    sent: [],
    editsPerSecond: 0,
    cursorsPerSecond: 0,
    clientLoad: [],
    serverLoad: null,
    machineLoad: null,
    windowMs: 0,
    graceMs: 0,
  }
}
