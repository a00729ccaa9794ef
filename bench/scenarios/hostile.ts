import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import { MessageType } from '@hocuspocus/server'
import { addNote, COLLAB_PATH, MAX_TEXT_LENGTH, type ParticipantId } from '@coboard/shared'
import { now } from '../clock'
import { planClients, runLoad } from '../clients/pool'
import { launchServer, type BoardRef } from '../servers/launch'
import { summarizeLoad, type PropagationRow, type ScenarioContext } from './propagation'

// Figure 6: sockets that ask for a big board and never read (issue 13: six of them grew the server
// by 25 MB a second while editors of another board waited 1.7 s at p95). Coboard only: the
// question is whether its budgets and backpressure hold, not how the stock servers fare.

export interface HostileFigures {
  /** The big board as one update. */
  readonly boardBytes: number
  readonly attackers: number
  /** Editors of another board before the attack, and during it. */
  readonly quiet: PropagationRow
  readonly attacked: PropagationRow
  /** Server RSS just before the attack and its highest reading during it. */
  readonly rssBefore: number
  readonly rssPeak: number
  /** Attacker sockets the server closed during the attack (each reconnects at once). */
  readonly closed: number
  /** Whole boards the attackers asked for. */
  readonly requests: number
}

const BOARD_BYTES = 4 * 1024 * 1024
const ATTACKERS = 4
const EDITORS = 20
/** A socket's byte budget pays for 32 requests at once, then two a second (SocketLimiter). */
const REQUESTS_AT_ONCE = 30
const REQUEST_INTERVAL_MS = 500

export async function runHostile(context: ScenarioContext): Promise<HostileFigures> {
  const { config, log } = context
  const server = await launchServer('coboard', context)
  try {
    const [big, other] = await server.createBoards(2)
    const boardBytes = await fillBoard(server.port, big, BOARD_BYTES)
    log(`hostile: board of ${(boardBytes / 1024 ** 2).toFixed(1)} MB; quiet run on another board`)
    const load = (label: string) =>
      runLoad({
        server,
        boards: [other],
        clients: planClients(EDITORS, 1, 0.5),
        config,
        workDir: context.workDir,
        label: `hostile-${label}`,
      })
    const quiet = summarizeLoad('coboard', EDITORS, false, await load('quiet'))

    const rssBefore = server.residentBytes()
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, server.residentBytes())
    }, 100)
    const attack = { stop: false, closed: 0, requests: 0 }
    log(`hostile: ${ATTACKERS} sockets ask for the board and never read; run on the other board`)
    const attackers = Array.from({ length: ATTACKERS }, () =>
      attackUntilStopped(server.port, big, attack),
    )
    let attacked: PropagationRow
    try {
      attacked = summarizeLoad('coboard', EDITORS, false, await load('attacked'))
    } finally {
      attack.stop = true
      clearInterval(sampler)
      await Promise.all(attackers)
    }
    const figures: HostileFigures = {
      boardBytes,
      attackers: ATTACKERS,
      quiet,
      attacked,
      rssBefore,
      rssPeak,
      closed: attack.closed,
      requests: attack.requests,
    }
    log(
      `  RSS +${((rssPeak - rssBefore) / 1024 ** 2).toFixed(0)} MB, p95 quiet ` +
        `${quiet.perDelivery.p95.toFixed(1)} ms, attacked ${attacked.perDelivery.p95.toFixed(1)} ms, ` +
        `${attack.closed} attacker sockets closed, ${attack.requests} requests`,
    )
    return figures
  } finally {
    await server.stop()
  }
}

/** One attacker: opens the board, asks for it at the allowed rate, never reads; reconnects when closed. */
async function attackUntilStopped(
  port: number,
  board: BoardRef,
  attack: { stop: boolean; closed: number; requests: number },
): Promise<void> {
  const stateVector = Y.encodeStateVector(new Y.Doc())
  while (!attack.stop) {
    const socket = await openBoard(port, board).catch(() => null)
    if (!socket) continue
    const { ws } = socket
    ws.pause()
    const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()))
    ws.on('error', () => {})
    let sent = 0
    const ask = () => {
      if (ws.readyState !== WebSocket.OPEN) return
      ws.send(syncStep1(board.name, stateVector))
      attack.requests += 1
      sent += 1
    }
    while (sent < REQUESTS_AT_ONCE) ask()
    const timer = setInterval(ask, REQUEST_INTERVAL_MS)
    const stopped = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (!attack.stop) return
        clearInterval(check)
        resolve()
      }, 100)
      void closed.then(() => {
        clearInterval(check)
        resolve()
      })
    })
    await stopped
    clearInterval(timer)
    if (ws.readyState === WebSocket.CLOSED) attack.closed += 1
    ws.terminate()
  }
}

/** Fills `board` with notes of the longest text until it is about `bytes` as one update. */
async function fillBoard(port: number, board: BoardRef, bytes: number): Promise<number> {
  const { ws, statuses } = await openBoard(port, board)
  try {
    const doc = new Y.Doc()
    const author = 'bench-filler' as ParticipantId
    let sent = 0
    doc.on('update', (update: Uint8Array) => {
      ws.send(frame(board.name, MessageType.Sync, 2, update))
      sent += 1
    })
    const text = () => randomBytes(MAX_TEXT_LENGTH).toString('base64').slice(0, MAX_TEXT_LENGTH)
    while (Y.encodeStateAsUpdate(doc).byteLength < bytes) {
      // About 1 MB an update: well inside the 4 MiB message limit and the socket's budgets.
      doc.transact(() => {
        for (let i = 0; i < 400; i++) {
          addNote(doc, {
            x: i * 10,
            y: sent * 10,
            authorId: author,
            role: 'provider',
            text: text(),
          })
        }
      })
      await waitUntil(() => statuses.count >= sent, 60_000, 'the server to take the board')
    }
    return Y.encodeStateAsUpdate(doc).byteLength
  } finally {
    ws.close()
  }
}

/** A raw collaboration socket that has opened `board`; counts the sync statuses it is sent. */
async function openBoard(port: number, board: BoardRef) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${COLLAB_PATH}`)
  const statuses = { count: 0 }
  const authenticated = new Promise<void>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      decoding.readVarString(decoder)
      const type = decoding.readVarUint(decoder)
      if (type === MessageType.SyncStatus) statuses.count += 1
      if (type !== MessageType.Auth) return
      if (decoding.readVarUint(decoder) === 2) resolve()
      else reject(new Error('the bench board refused its token'))
    })
    ws.once('close', () => reject(new Error('closed before opening the board')))
    ws.once('error', reject)
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const auth = encoding.createEncoder()
  encoding.writeVarString(auth, board.name)
  encoding.writeVarUint(auth, MessageType.Auth)
  encoding.writeVarUint(auth, 0)
  encoding.writeVarString(auth, board.token ?? '')
  ws.send(encoding.toUint8Array(auth))
  await authenticated
  return { ws, statuses }
}

function syncStep1(board: string, stateVector: Uint8Array): Uint8Array {
  return frame(board, MessageType.Sync, 0, stateVector)
}

function frame(board: string, type: number, step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, board)
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint(encoder, step)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = now() + timeoutMs
  while (!condition()) {
    if (now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
