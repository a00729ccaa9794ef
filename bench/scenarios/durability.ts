import path from 'node:path'
import type { ServerKind } from '../config'
import { planClients, runLoad, type LoadResult } from '../clients/pool'
import type { SentEdit } from '../clients/protocol'
import type { StoreLayout, WatchRequest } from '../clients/diskWatcher'
import { ChildProcessHandle } from '../ipc'
import { launchServer } from '../servers/launch'
import { summarize, type Summary } from '../stats'
import type { ScenarioContext } from './propagation'

// Figure 3: from an edit leaving its client to its bytes being committed in the server's SQLite
// file, seen through a second, read-only connection. For Coboard also to its acknowledgement,
// which the server sends only after the commit has been synced to the disk.

export interface DurabilityRow {
  readonly kind: ServerKind
  readonly clients: number
  readonly load: LoadResult
  /** Send → first seen committed on disk. */
  readonly onDisk: Summary
  /** Send → server acknowledgement. */
  readonly ack: Summary
  readonly polls: number
}

const LAYOUTS: Partial<Record<ServerKind, StoreLayout>> = {
  coboard: 'coboard-log',
  hocuspocus: 'hocuspocus-documents',
}

const WATCHER = new URL('../clients/diskWatcher.ts', import.meta.url)

export async function runDurability(context: ScenarioContext): Promise<DurabilityRow[]> {
  const { config, log } = context
  const rows: DurabilityRow[] = []
  const clients = config.durability.clients
  for (const kind of config.servers) {
    const layout = LAYOUTS[kind]
    if (!layout) continue
    log(`durability: ${kind}, ${clients} clients on one board`)
    const server = await launchServer(kind, context)
    const watcher = ChildProcessHandle.start(`${kind} disk watcher`, WATCHER, {
      logFile: path.join(context.workDir, `durability-${kind}-watcher.log`),
    })
    try {
      const boards = await server.createBoards(1)
      if (!server.dataFile) throw new Error(`${kind} reported no data file`)
      const request: WatchRequest = {
        file: server.dataFile,
        layout,
        pollMs: config.durability.pollMs,
      }
      let watched: { seen: Map<string, number>; polls: number } | null = null
      const load = await runLoad({
        server,
        boards,
        clients: planClients(clients, 1, config.workload.activeShare),
        config,
        workDir: context.workDir,
        label: `durability-${kind}`,
        // The board's row exists once a client has loaded it, which is after connecting.
        afterConnect: () => watcher.request('start', request, 10_000),
        beforeClose: async () => {
          watched = await watcher.request('stop', null, 10_000)
        },
      })
      const result = watched as { seen: Map<string, number>; polls: number } | null
      const row: DurabilityRow = {
        kind,
        clients,
        load,
        onDisk: durableLatencies(load.sent, result?.seen ?? new Map()),
        ack: summarize(
          load.sent.filter((edit) => edit.ackAt !== null).map((edit) => edit.ackAt! - edit.sentAt),
          load.sent.filter((edit) => edit.ackAt === null).length,
        ),
        polls: result?.polls ?? 0,
      }
      log(
        `  on disk p50 ${row.onDisk.p50.toFixed(1)} p95 ${row.onDisk.p95.toFixed(1)} ms, ` +
          `ack p95 ${row.ack.p95.toFixed(1)} ms, ${load.sent.length} edits`,
      )
      rows.push(row)
    } finally {
      watcher.kill()
      await server.stop()
    }
  }
  return rows
}

/**
 * When each sent edit was first on disk. A store that holds a client's later edit also holds its
 * earlier ones (the same client wrote them in order), so a marker overwritten before a store is
 * durable when a later marker of the same client is seen.
 */
export function durableLatencies(sent: readonly SentEdit[], seen: Map<string, number>): Summary {
  const byClient = new Map<number, SentEdit[]>()
  for (const edit of sent) {
    const list = byClient.get(edit.client) ?? []
    list.push(edit)
    byClient.set(edit.client, list)
  }
  const seenByClient = new Map<number, { seq: number; at: number }[]>()
  for (const [key, at] of seen) {
    const [client, seq] = key.split('.').map(Number)
    const list = seenByClient.get(client) ?? []
    list.push({ seq, at })
    seenByClient.set(client, list)
  }
  const latencies: number[] = []
  let missing = 0
  for (const [client, edits] of byClient) {
    // Walk from the newest: the earliest time any edit at or after this one was seen.
    const observed = (seenByClient.get(client) ?? []).sort((a, b) => b.seq - a.seq)
    let cursor = 0
    let earliest = Number.POSITIVE_INFINITY
    for (const edit of [...edits].sort((a, b) => b.seq - a.seq)) {
      while (cursor < observed.length && observed[cursor].seq >= edit.seq) {
        earliest = Math.min(earliest, observed[cursor].at)
        cursor++
      }
      if (Number.isFinite(earliest)) latencies.push(earliest - edit.sentAt)
      else missing++
    }
  }
  return summarize(latencies, missing)
}
