import type { ServerKind } from '../config'
import { planClients, runLoad, type LoadResult } from '../clients/pool'
import { launchServer } from '../servers/launch'
import type { Usage } from '../servers/serverProcess'
import { sleep } from '../clock'
import { summarize, type Summary } from '../stats'
import type { ScenarioContext } from './propagation'

// Figure 2: many boards in one server process. Memory is read from inside the server after a
// full garbage collection, once with the boards created but nobody connected and once with every
// connection open after the workload ran; the difference is divided by the connections.

export interface CapacityRow {
  readonly kind: ServerKind
  readonly connections: number
  readonly boards: number
  readonly load: LoadResult
  readonly idle: Usage | null
  readonly loaded: Usage | null
  /** Resident memory added per open connection, bytes. */
  readonly rssPerConnection: number
  /** JavaScript heap added per open connection, bytes. */
  readonly heapPerConnection: number
  /** Connections that never synced, plus sockets that closed after syncing. */
  readonly dropped: number
  readonly perDelivery: Summary
}

export async function runCapacity(context: ScenarioContext): Promise<CapacityRow[]> {
  const { config, log } = context
  const { connections, boards: boardCount } = config.capacity
  const rows: CapacityRow[] = []
  for (const kind of config.servers) {
    log(`capacity: ${kind}, ${connections} connections over ${boardCount} boards`)
    const server = await launchServer(kind, context)
    try {
      const boards = await server.createBoards(boardCount)
      await sleep(500)
      const idle = await server.usage(true).catch(() => null)
      let loaded: Usage | null = null
      const load = await runLoad({
        server,
        boards,
        clients: planClients(connections, boardCount, config.workload.activeShare),
        config,
        workDir: context.workDir,
        label: `capacity-${kind}`,
        beforeClose: async () => {
          loaded = await server.usage(true).catch(() => null)
        },
      })
      const after = loaded as Usage | null
      const open = Math.max(1, load.connected - load.drops)
      const row: CapacityRow = {
        kind,
        connections,
        boards: boardCount,
        load,
        idle,
        loaded: after,
        rssPerConnection: idle && after ? (after.rss - idle.rss) / open : Number.NaN,
        heapPerConnection: idle && after ? (after.heapUsed - idle.heapUsed) / open : Number.NaN,
        dropped: load.requested - load.connected + load.drops,
        perDelivery: summarize(
          load.latencies,
          Math.max(0, load.expectedDeliveries - load.latencies.length),
        ),
      }
      log(
        `  rss/conn ${(row.rssPerConnection / 1024).toFixed(1)} KB, heap/conn ${(row.heapPerConnection / 1024).toFixed(1)} KB, ` +
          `server CPU ${Math.round(load.serverLoad?.cpuPercent ?? Number.NaN)}%, dropped ${row.dropped}` +
          (load.abandoned ? `, abandoned: ${load.abandoned}` : ''),
      )
      rows.push(row)
    } finally {
      await server.stop()
    }
  }
  return rows
}
