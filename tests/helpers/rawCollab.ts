import WebSocket from 'ws'
import { MessageType } from '@hocuspocus/server'
import { COLLAB_PATH, PARTICIPANT_PARAM, composeSocketToken } from '@coboard/shared'
import { testDeviceKey } from './deviceKeys'
import { ByteReader } from '../../server/src/limits/ByteReader'
import { Bytes } from './hostileUpdates'

// A collaboration socket driven byte by byte, for what a real provider would never send: it can
// write any frame, and it records how the server closed it.

/** Frames of the Hocuspocus protocol, built by hand. */
export const frames = {
  auth: (board: string, token: string) =>
    new Bytes()
      .varString(board)
      .varUint(MessageType.Auth)
      .varUint(0)
      .varString(token)
      .toUint8Array(),
  syncStep1: (board: string, stateVector: Uint8Array) =>
    new Bytes()
      .varString(board)
      .varUint(MessageType.Sync)
      .varUint(0)
      .varBytes(stateVector)
      .toUint8Array(),
  syncStep2: (board: string, update: Uint8Array) =>
    new Bytes()
      .varString(board)
      .varUint(MessageType.Sync)
      .varUint(1)
      .varBytes(update)
      .toUint8Array(),
  update: (board: string, update: Uint8Array) =>
    new Bytes()
      .varString(board)
      .varUint(MessageType.Sync)
      .varUint(2)
      .varBytes(update)
      .toUint8Array(),
  awareness: (board: string, clientId: number, clock: number, state: unknown) =>
    new Bytes()
      .varString(board)
      .varUint(MessageType.Awareness)
      .varBytes(
        new Bytes()
          .varUint(1)
          .varUint(clientId)
          .varUint(clock)
          .varString(JSON.stringify(state))
          .toUint8Array(),
      )
      .toUint8Array(),
  queryAwareness: (board: string) =>
    new Bytes().varString(board).varUint(MessageType.QueryAwareness).toUint8Array(),
  stateless: (board: string, payload: string) =>
    new Bytes().varString(board).varUint(MessageType.Stateless).varString(payload).toUint8Array(),
}

export interface RawCollab {
  readonly ws: WebSocket
  /** Resolves with the close code and reason once the socket is closed, by either side. */
  readonly closed: Promise<{ code: number; reason: string }>
  /** Message type and, for sync status, whether the update was applied, of every frame received. */
  readonly received: { type: number; applied?: boolean; scope?: string; denied?: string }[]
  send(frame: Uint8Array): void
  /** Sends an auth frame and waits for the answer: 'read-write', 'readonly', or the denial. */
  authenticate(board: string, token: string): Promise<string>
  close(): void
}

/** Opens a raw socket to the server at `url` (http://…); resolves once it is open. */
export function openRawCollab(
  url: string,
  options: {
    participantId?: string
    headers?: Record<string, string>
    /** Sent with every token; by default the participant's own key, null sends none. */
    deviceKey?: string | null
  } = {},
): Promise<RawCollab> {
  const socketUrl = new URL(COLLAB_PATH, url)
  socketUrl.protocol = 'ws:'
  if (options.participantId) socketUrl.searchParams.set(PARTICIPANT_PARAM, options.participantId)
  const ws = new WebSocket(socketUrl, { headers: options.headers })
  const deviceKey =
    options.deviceKey !== undefined
      ? options.deviceKey
      : options.participantId
        ? testDeviceKey(options.participantId)
        : null
  const received: RawCollab['received'] = []
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  ws.on('error', () => {}) // a refused or cut socket is what many tests are after
  ws.on('message', (data: Buffer) => received.push(describe(new Uint8Array(data))))

  const raw: RawCollab = {
    ws,
    closed,
    received,
    send: (frame) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(frame)
    },
    async authenticate(board, token) {
      const before = received.length
      raw.send(frames.auth(board, composeSocketToken(token, deviceKey)))
      for (;;) {
        const answer = received.slice(before).find((entry) => entry.type === MessageType.Auth)
        if (answer) return answer.scope ?? `denied: ${answer.denied}`
        if (ws.readyState !== WebSocket.OPEN) throw new Error('closed before authenticating')
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    },
    close: () => ws.close(),
  }
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(raw))
    ws.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade answered ${response.statusCode}`)),
    )
  })
}

/** What a server frame says, as far as the tests care. */
function describe(frame: Uint8Array): RawCollab['received'][number] {
  try {
    const reader = new ByteReader(frame)
    reader.skipVarString()
    const type = reader.varUint()
    if (type === MessageType.SyncStatus) return { type, applied: reader.varUint() === 1 }
    if (type === MessageType.Auth) {
      const kind = reader.varUint()
      const text = reader.varString()
      return kind === 2 ? { type, scope: text } : { type, denied: text }
    }
    return { type }
  } catch {
    return { type: -1 }
  }
}
