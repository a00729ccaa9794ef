import { MessageType } from '@hocuspocus/server'
import type { WebSocket } from 'ws'
import type { LimitsConfig } from '../limits/LimitsConfig'
import { ByteReader } from '../limits/ByteReader'

/** Data waiting past this is watched for draining; below it a peer costs too little to matter. */
const WATCH_BYTES = 64 * 1024

/** A socket being watched must drain at least this much in `stalledSocketMs`. */
const MIN_DRAIN_BYTES = 16 * 1024

/** The Yjs sync step 2: from the server, only ever the answer to a client's sync step 1. */
const SYNC_STEP_2 = 1

export interface GateEvents {
  /** The socket is over its buffer cap or stopped draining: close it, it must sync again. */
  tooSlow(): void
  /** A whole-board answer of `bytes` bytes for `board` was handed to the socket. */
  answered(board: string, bytes: number): void
}

/**
 * Stands in front of `ws.send` for everything the server sends on one socket (Hocuspocus's
 * `Connection.send` writes without looking at `bufferedAmount`, so a peer that does not read
 * would have every broadcast and every answer queued in the server's memory).
 *
 * Past `maxBufferedBytes` waiting, the message is not sent and `tooSlow` is called: a dropped
 * document update would leave the peer out of step for good, so the socket must be closed and
 * sync again rather than skip messages quietly. The check is made before each send, so one
 * message (a whole board) always fits on a drained buffer. A socket with more than 64 KiB waiting
 * is watched too, and one that drains less than 16 KiB in `stalledSocketMs` is `tooSlow` as well,
 * since what it pins stays pinned until it reads.
 */
export function gateSends(
  ws: WebSocket,
  limits: Pick<LimitsConfig, 'maxBufferedBytes' | 'stalledSocketMs'>,
  events: GateEvents,
): void {
  const send = ws.send.bind(ws)
  let written = 0
  let watch: NodeJS.Timeout | null = null
  let progress = { at: 0, drained: 0 }

  const stopWatching = () => {
    if (watch) clearInterval(watch)
    watch = null
  }
  const check = () => {
    if (ws.readyState !== ws.OPEN || ws.bufferedAmount < WATCH_BYTES) return stopWatching()
    const drained = written - ws.bufferedAmount
    if (drained - progress.drained >= MIN_DRAIN_BYTES) {
      progress = { at: performance.now(), drained }
    } else if (performance.now() - progress.at >= limits.stalledSocketMs) {
      stopWatching()
      events.tooSlow()
    }
  }
  ws.once('close', stopWatching)

  ws.send = ((data: Uint8Array, ...rest: unknown[]) => {
    // A closing socket refuses by itself; only an open one has a buffer worth guarding.
    if (ws.readyState === ws.OPEN) {
      if (ws.bufferedAmount > limits.maxBufferedBytes) {
        stopWatching()
        events.tooSlow()
        return
      }
      written += data.byteLength
      const board = answeredBoard(data)
      if (board !== null) events.answered(board, data.byteLength)
    }
    ;(send as (...args: unknown[]) => void)(data, ...rest)
    if (!watch && ws.bufferedAmount >= WATCH_BYTES) {
      progress = { at: performance.now(), drained: written - ws.bufferedAmount }
      watch = setInterval(check, Math.max(50, limits.stalledSocketMs / 5))
      watch.unref()
    }
  }) as WebSocket['send']
}

/** The board a server message answers a sync step 1 for, or null for any other message. */
function answeredBoard(message: Uint8Array): string | null {
  try {
    // Every message to every socket passes here: the name is decoded only for an answer.
    const reader = new ByteReader(message)
    reader.skipVarString()
    if (reader.varUint() !== MessageType.Sync || reader.varUint() !== SYNC_STEP_2) return null
    // Session-aware providers are addressed as `board\0session`.
    return new ByteReader(message).varString().split('\0')[0]
  } catch {
    return null
  }
}
