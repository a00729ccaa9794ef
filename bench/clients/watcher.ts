import WebSocket from 'ws'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { COLLAB_PATH, PARTICIPANT_PARAM } from '@coboard/shared'
import type { ServerKind } from '../config'
import { benchSocketToken } from './protocol'
import { now } from '../clock'
import type { BoardRef } from '../servers/launch'
import { findMarkers, type Marker } from './workload'

// A lean watcher: a participant who only watches, speaking the server's protocol directly
// instead of running a provider and a Y.Doc. It authenticates, syncs, announces its presence and
// renews it as a provider does, and receives every message the server sends, so the server's
// work is the same. But it does not apply what it receives: it finds the edit markers in the
// update bytes. Hundreds of full Yjs clients need more than the two cores this machine has (every
// remote update costs each of them a transaction over a state vector with one entry per writer);
// lean watchers leave the CPU to the server, so the figure measures the server.
//
// Unlike y-websocket's own provider, a watcher does not send remote awareness back to the server,
// so with lean watchers server C is measured without that provider's echo.

/** The Hocuspocus provider this mimics; the server reads it from the auth message. */
const PROVIDER_VERSION = '4.8.0'

const SYNC = 0
const AWARENESS = 1
const AUTH = 2
const PING = 9
const PONG = 10
const SYNC_STEP1 = 0
const SYNC_STEP2 = 1
const SYNC_UPDATE = 2
const AUTH_TOKEN = 0
const AUTH_DENIED = 1
/** A provider renews its awareness state this often (y-protocols: outdatedTimeout / 2). */
const AWARENESS_RENEW_MS = 15_000
/** State vector and update of an empty document. */
const EMPTY_STATE_VECTOR = new Uint8Array([0])
const EMPTY_UPDATE = new Uint8Array([0, 0])

export interface Watcher {
  readonly synced: Promise<void>
  onDrop(listener: () => void): void
  destroy(): void
}

/** Opens a watcher on `board`; `onMarker` gets each new marker with the time it arrived. */
export function watch(
  kind: ServerKind,
  port: number,
  board: BoardRef,
  participantId: string,
  user: Record<string, string>,
  onMarker: (marker: Marker, at: number) => void,
  options: { readonly joinUpdate: Uint8Array },
): Watcher {
  const hocuspocus = kind !== 'ywebsocket'
  const url = new URL(`ws://127.0.0.1:${port}`)
  if (kind === 'coboard') {
    url.pathname = COLLAB_PATH
    url.searchParams.set(PARTICIPANT_PARAM, participantId)
  } else if (!hocuspocus) {
    url.pathname = `/${board.name}`
  }
  const socket = new WebSocket(url)
  socket.binaryType = 'nodebuffer'
  const clientId = Math.floor(Math.random() * 2 ** 31)
  let clock = 0
  let synced = false
  let resolveSynced: () => void = () => {}
  const dropListeners: (() => void)[] = []
  // Senders' edits reach a watcher in order, so one number per sender tells a new marker apart.
  const lastSeq = new Map<number, number>()

  /** A message of the server's protocol: Hocuspocus prefixes the document name. */
  const message = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder()
    if (hocuspocus) encoding.writeVarString(encoder, board.name)
    write(encoder)
    return encoding.toUint8Array(encoder)
  }
  const sendAwareness = () => {
    clock++
    const update = encoding.createEncoder()
    encoding.writeVarUint(update, 1)
    encoding.writeVarUint(update, clientId)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, JSON.stringify({ user }))
    send(
      message((encoder) => {
        encoding.writeVarUint(encoder, AWARENESS)
        encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
      }),
    )
  }
  const send = (data: Uint8Array) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(data)
  }
  const renew = setInterval(sendAwareness, AWARENESS_RENEW_MS)

  socket.on('open', () => {
    if (hocuspocus) {
      send(
        message((encoder) => {
          encoding.writeVarUint(encoder, AUTH)
          encoding.writeVarUint(encoder, AUTH_TOKEN)
          encoding.writeVarString(
            encoder,
            benchSocketToken(kind === 'coboard', board.token, participantId),
          )
          encoding.writeVarString(encoder, PROVIDER_VERSION)
        }),
      )
    }
    send(
      message((encoder) => {
        encoding.writeVarUint(encoder, SYNC)
        encoding.writeVarUint(encoder, SYNC_STEP1)
        encoding.writeVarUint8Array(encoder, EMPTY_STATE_VECTOR)
      }),
    )
    sendAwareness()
  })

  socket.on('message', (data: Buffer) => {
    const at = now()
    if (hocuspocus && data.length === 1 && data[0] === PING) {
      socket.send(new Uint8Array([PONG]))
      return
    }
    const decoder = decoding.createDecoder(data)
    if (hocuspocus) decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type === SYNC) {
      const step = decoding.readVarUint(decoder)
      if (step === SYNC_STEP1) {
        send(
          message((encoder) => {
            encoding.writeVarUint(encoder, SYNC)
            encoding.writeVarUint(encoder, SYNC_STEP2)
            encoding.writeVarUint8Array(encoder, EMPTY_UPDATE)
          }),
        )
        return
      }
      if (step === SYNC_STEP2 && !synced) {
        synced = true
        // Joining the roster, as every participant does once synced.
        send(
          message((encoder) => {
            encoding.writeVarUint(encoder, SYNC)
            encoding.writeVarUint(encoder, SYNC_UPDATE)
            encoding.writeVarUint8Array(encoder, options.joinUpdate)
          }),
        )
        resolveSynced()
      }
      if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
        for (const marker of findMarkers(data.toString('latin1'))) {
          if (marker.seq <= (lastSeq.get(marker.client) ?? -1)) continue
          lastSeq.set(marker.client, marker.seq)
          onMarker(marker, at)
        }
      }
    } else if (type === AUTH && decoding.readVarUint(decoder) === AUTH_DENIED) {
      socket.close()
    }
  })
  socket.on('close', () => {
    clearInterval(renew)
    if (synced) for (const listener of dropListeners) listener()
  })
  socket.on('error', () => {
    // Reported through 'close'.
  })

  return {
    synced: new Promise<void>((resolve) => {
      resolveSynced = resolve
    }),
    onDrop: (listener) => dropListeners.push(listener),
    destroy() {
      clearInterval(renew)
      dropListeners.length = 0
      socket.terminate()
    },
  }
}
