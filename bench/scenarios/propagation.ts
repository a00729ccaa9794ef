import type { BenchConfig, ServerKind } from '../config'
import { planClients, runLoad, type LoadResult } from '../clients/pool'
import { launchServer, type ServerHandle } from '../servers/launch'
import { summarize, type Summary } from '../stats'

// Figure 1: how long one edit takes to reach every other client on a busy board. Every server
// gets the same clients, the same board and the same timeline, scale after scale.

export interface PropagationRow {
  readonly kind: ServerKind
  readonly clients: number
  /** Watchers were lean (clients/watcher.ts) rather than providers. */
  readonly lean: boolean
  readonly load: LoadResult
  /** Each delivery of an edit to one other client. */
  readonly perDelivery: Summary
  /** Per edit, until the last other client had it. */
  readonly fanout: Summary
  /** From send to the server's acknowledgement (Hocuspocus protocol only). */
  readonly ack: Summary | null
}

export interface ScenarioContext {
  readonly config: BenchConfig
  readonly workDir: string
  readonly clientDir: string
  readonly log: (line: string) => void
}

export async function runPropagation(context: ScenarioContext): Promise<PropagationRow[]> {
  const { config, log } = context
  const rows: PropagationRow[] = []
  const plan = [
    ...config.scales.map((clients) => ({ clients, lean: false })),
    ...config.leanScales.map((clients) => ({ clients, lean: true })),
  ]
  for (const { clients, lean } of plan) {
    for (const kind of config.servers) {
      const watchers = lean ? 'lean watchers' : 'providers'
      log(`propagation: ${kind}, ${clients} clients on one board, ${watchers}`)
      const server = await launchServer(kind, context)
      try {
        const label = `propagation-${kind}-${clients}${lean ? '-lean' : ''}`
        const row = await measurePropagation(context, server, clients, lean, label)
        log(`  ${describeRow(row)}`)
        rows.push(row)
      } finally {
        await server.stop()
      }
    }
  }
  return rows
}

/** One propagation run: `clients` on a new board of `server`, figure 1's workload. */
export async function measurePropagation(
  context: ScenarioContext,
  server: ServerHandle,
  clients: number,
  lean: boolean,
  label: string,
): Promise<PropagationRow> {
  const { config } = context
  const load = await runLoad({
    server,
    boards: await server.createBoards(1),
    clients: planClients(clients, 1, config.workload.activeShare, lean),
    config,
    workDir: context.workDir,
    label,
  })
  return summarizeLoad(server.kind, clients, lean, load)
}

/** Turns a load result into the latency summaries the report prints. */
export function summarizeLoad(
  kind: ServerKind,
  clients: number,
  lean: boolean,
  load: LoadResult,
): PropagationRow {
  const missing = Math.max(0, load.expectedDeliveries - load.latencies.length)
  const acked = load.sent.filter((edit) => edit.ackAt !== null)
  return {
    kind,
    clients,
    lean,
    load,
    perDelivery: summarize(load.latencies, missing),
    fanout: summarize(
      load.fanout.filter(Number.isFinite),
      load.fanout.filter((value) => !Number.isFinite(value)).length,
    ),
    ack:
      kind === 'ywebsocket'
        ? null
        : summarize(
            acked.map((edit) => (edit.ackAt ?? 0) - edit.sentAt),
            load.sent.length - acked.length,
          ),
  }
}

function describeRow(row: PropagationRow): string {
  const { load, perDelivery } = row
  if (load.abandoned) return `abandoned: ${load.abandoned}`
  const server = load.serverLoad
    ? `${Math.round(load.serverLoad.cpuPercent)}% lag ${Math.round(load.serverLoad.lagP99)}`
    : '?'
  const clients = load.clientLoad
    .map((entry) => `${Math.round(entry.cpuPercent)}% lag ${Math.round(entry.lagP99)}`)
    .join('/')
  return (
    `p50 ${perDelivery.p50.toFixed(1)} p95 ${perDelivery.p95.toFixed(1)} p99 ${perDelivery.p99.toFixed(1)} ms, ` +
    `${load.latencies.length}/${load.expectedDeliveries} delivered, ${load.editsPerSecond.toFixed(1)} edits/s, ` +
    `server CPU ${server}, client CPU ${clients}, drops ${load.drops}, ` +
    `others on the machine ${Math.round(load.machineLoad?.others ?? Number.NaN)}%`
  )
}
