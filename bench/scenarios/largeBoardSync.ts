import type { Socket } from 'node:net'
import WebSocket from 'ws'
import { now, sleep } from '../clock'
import { connect, type Connection } from '../clients/connections'
import { launchServer, type BoardRef, type ServerHandle } from '../servers/launch'
import { summarize, type Summary } from '../stats'
import { seedBoard } from './browser'
import { measurePropagation, type PropagationRow } from './propagation'
import type { ScenarioContext } from './propagation'

// Issue #17, part 3: what permessage-deflate buys a newcomer to a big board, and what it costs
// everyone's small edits. The same server build runs once with deflate forced off and once with
// the candidate settings (servers/socketDeflate.ts); each gets a seeded board that newcomers sync
// and a propagation run as in figure 1.

export interface NewcomerSync {
  readonly notes: number
  /** Whether the socket actually negotiated permessage-deflate. */
  readonly negotiated: boolean
  /** Per newcomer, until synced: bytes the socket read off TCP (upgrade answer included). */
  readonly bytesIn: Summary
  readonly bytesOut: Summary
  /** Socket opened → first sync complete, over loopback. */
  readonly syncedMs: Summary
  readonly newcomers: number
  /**
   * The server's resident memory per newcomer, after a collection, while all of them stay
   * connected. zlib keeps a compressor for each socket that was ever sent a compressed message,
   * with or without context takeover, outside the heap.
   */
  readonly memoryPerNewcomer: number
}

export interface DeflateRun {
  readonly deflate: boolean
  readonly newcomer: NewcomerSync
  readonly edits: PropagationRow
}

export async function compareDeflate(context: ScenarioContext): Promise<DeflateRun[]> {
  const { config, log } = context
  const runs: DeflateRun[] = []
  for (const deflate of [false, true]) {
    const server = await launchServer('coboard', { ...context, deflate })
    try {
      const [big] = await server.createBoards(1)
      const notes = config.phone.largeBoardNotes
      const { newcomers } = config.phone
      log(`phone: deflate ${deflate ? 'on' : 'off'}, ${notes}-note board, ${newcomers} newcomers`)
      await seedBoard(server.port, big, notes)
      const newcomer = await syncNewcomers(server, big, notes, newcomers)
      const clients = config.phone.deflateClients
      log(`phone: deflate ${deflate ? 'on' : 'off'}, small edits among ${clients} providers`)
      const label = `phone-deflate-${deflate ? 'on' : 'off'}`
      const edits = await measurePropagation(context, server, clients, false, label)
      runs.push({ deflate, newcomer, edits })
    } finally {
      await server.stop()
    }
  }
  return runs
}

/**
 * Newcomers one after another, each a fresh participant with an empty document, all staying
 * connected until the server's memory has been read.
 */
async function syncNewcomers(
  server: ServerHandle,
  board: BoardRef,
  notes: number,
  newcomers: number,
): Promise<NewcomerSync> {
  const bytesIn: number[] = []
  const bytesOut: number[] = []
  const syncedMs: number[] = []
  const connections: Connection[] = []
  let negotiated = true
  const before = await server.usage(true)
  try {
    for (let index = 0; index < newcomers; index++) {
      const sockets: CountedSocket[] = []
      class CountedSocket extends WebSocket {
        constructor(...args: ConstructorParameters<typeof WebSocket>) {
          super(...args)
          sockets.push(this)
        }
      }
      const opened = now()
      const Socket = CountedSocket as typeof WebSocket
      const connection = connect('coboard', server.port, board, `newcomer${index}`, Socket)
      connections.push(connection)
      const syncedAt = await Promise.race([connection.synced.then(now), sleep(30_000)])
      if (syncedAt === undefined) throw new Error('a newcomer did not sync within 30 s')
      syncedMs.push(syncedAt - opened)
      const socket = sockets.at(-1)
      // ws keeps the TCP socket it upgraded in `_socket`; its counters include every frame.
      const tcp = (socket as unknown as { _socket: Socket } | undefined)?._socket
      if (!socket || !tcp) throw new Error('the newcomer has no socket to count')
      bytesIn.push(tcp.bytesRead)
      bytesOut.push(tcp.bytesWritten)
      negotiated &&= socket.extensions.includes('permessage-deflate')
    }
    const after = await server.usage(true)
    return {
      notes,
      negotiated,
      bytesIn: summarize(bytesIn),
      bytesOut: summarize(bytesOut),
      syncedMs: summarize(syncedMs),
      newcomers,
      memoryPerNewcomer: (after.rss - before.rss) / newcomers,
    }
  } finally {
    for (const connection of connections) connection.destroy()
  }
}
