import { z } from 'zod'

// What one client may cost the server. Every number here bounds the damage a single socket can do
// to everyone else on the same process; docs/guarantees.md explains each one in words.

export interface LimitsConfig {
  /**
   * Largest websocket message in bytes. `ws` stops reading a larger one and closes with 1009,
   * so it is never buffered. A 1,000-note board with long texts is about 2 MiB as one update.
   */
  readonly maxMessageBytes: number
  /** Messages a connection may send at once (an offline queue flushing), then per second. */
  readonly messageBurst: number
  readonly messagesPerSecond: number
  /** Bytes a connection may send at once, then per second; the burst covers two largest messages. */
  readonly byteBurst: number
  readonly bytesPerSecond: number
  /**
   * Milliseconds of the server's one thread that a connection's updates may take (applying,
   * repairing and storing them) at once, then per second. JavaScript cannot interrupt an update
   * that is being applied, but it can refuse the sender's next one.
   */
  readonly workBurstMs: number
  readonly workMsPerSecond: number
  /**
   * Open collaboration sockets per client address (IPv6: per /64); 0 turns the limit off. A whole
   * workshop on one venue's Wi-Fi shares one address, so this is generous.
   */
  readonly maxConnectionsPerAddress: number
  /**
   * Take the client address from the last `X-Forwarded-For` entry (set by the reverse proxy in
   * front of Coboard) instead of the TCP peer, which behind a proxy is the proxy itself.
   */
  readonly trustProxy: boolean
  /** A socket that has not authenticated to any board within this time is closed. */
  readonly authTimeoutMs: number
  /**
   * Most structs plus delete ranges one update may carry. Yjs applies an update in one
   * synchronous call, so this bounds how long one message can hold up every other board
   * (about half a second on a small machine); a 2,000-note board is some 30,000.
   */
  readonly maxUpdateOperations: number
  /**
   * Bytes of updates a board may hold back while they wait for history that has not arrived.
   * Yjs re-reads that backlog on every later update, so it must stay small; past this the
   * backlog is dropped and the sender is asked to sync again.
   */
  readonly maxPendingBytes: number
  /**
   * Wrong join codes per client address (IPv6: per /64) at once, then per minute. A code has
   * 40 bits, so this is what makes guessing one hopeless. A code that opens a board gives its
   * try back: a whole workshop behind one venue address joins at once.
   */
  readonly joinFailuresPerMinute: number
  /** Join-code lookups of any outcome per client address at once, then per minute. */
  readonly joinAttemptsPerMinute: number
  /**
   * Join-code lookups from all addresses together per second (four times as many at once). Each
   * one stretches the code for about 20 ms on the process's one stretching thread
   * (joinCodes/JoinCodeStretcher.ts).
   */
  readonly joinsPerSecond: number
  /**
   * Boards one client address may create or import at once, then per hour; 0 turns it off. Each
   * new board is stored for good and an import parses up to 8 MiB, so an open server needs a
   * bound on both; a room of facilitators behind one venue address stays well under it.
   */
  readonly boardsPerHourPerAddress: number
  /**
   * Exports one client address may ask for in each minute (shared by every instance through
   * Redis when there is one); 0 turns it off. A big board's picture takes a worker thread for
   * seconds; the browser makes its own exports and never asks for these.
   */
  readonly exportsPerMinutePerAddress: number
  /**
   * Imports one client address may have under way at once; 0 turns it off. Each holds its body
   * (up to 8 MiB) in memory and a worker thread while it is read.
   */
  readonly importsAtOncePerAddress: number
  /**
   * Bytes all sockets of one client address (IPv6: per /64) may send at once, then per second,
   * on top of each socket's own allowance. Held in memory per instance and kept across
   * reconnects, so closing a socket and opening another buys no fresh burst. A workshop behind
   * one venue address sends far less: typing and cursors are a few kilobytes a second each.
   */
  readonly addressByteBurst: number
  readonly addressBytesPerSecond: number
  /**
   * Bytes of whole-board answers (to a sync step 1 or a presence query) one client address may
   * be sent per window, shared through Redis between instances when there is one. Each request
   * is charged the size of its board's last answer before it is handled, and the exact size
   * after; a request past the allowance waits (its socket is not read meanwhile) and is refused
   * with 4429 if it would wait longer than `boardAnswerMaxWaitMs`. 32 MiB is 30 people opening
   * a 1 MB board at once, or 8 openings of the largest board a second-hand laptop would send.
   */
  readonly boardAnswerBytesPerAddress: number
  readonly boardAnswerWindowMs: number
  readonly boardAnswerMaxWaitMs: number
  /**
   * Bytes waiting to be written to one socket (`ws.bufferedAmount`) past which it is sent
   * nothing more and closed with 4431 (too slow): what it would miss cannot be queued without
   * bound, and dropping document updates would leave it out of step, so it must sync again. A
   * whole board (up to the largest message) always fits on an empty buffer.
   */
  readonly maxBufferedBytes: number
  /**
   * A socket with data waiting that drains less than 16 KiB in this time is closed with 4431:
   * a peer that stopped reading pins what was sent to it until then. A phone on a poor network
   * drains far more.
   */
  readonly stalledSocketMs: number
  /** Presence client ids one connection may speak for; a browser tab uses one. */
  readonly maxPresenceClientsPerConnection: number
  /** Bytes of one presence state as JSON (after the server writes in who it is); larger is dropped. */
  readonly maxPresenceStateBytes: number
  /**
   * Bytes of all presence states of a board together: what every newcomer downloads. A state
   * that would pass it is dropped. A hall of 500 with names and cursors is about 200 KB.
   */
  readonly maxPresenceBytesPerBoard: number
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxMessageBytes: 4 * 1024 * 1024,
  messageBurst: 2_000,
  messagesPerSecond: 100,
  byteBurst: 8 * 1024 * 1024,
  bytesPerSecond: 512 * 1024,
  workBurstMs: 3_000,
  workMsPerSecond: 250,
  maxConnectionsPerAddress: 200,
  trustProxy: false,
  authTimeoutMs: 10_000,
  maxUpdateOperations: 100_000,
  maxPendingBytes: 256 * 1024,
  joinFailuresPerMinute: 10,
  joinAttemptsPerMinute: 60,
  joinsPerSecond: 25,
  boardsPerHourPerAddress: 60,
  exportsPerMinutePerAddress: 10,
  importsAtOncePerAddress: 1,
  addressByteBurst: 16 * 1024 * 1024,
  addressBytesPerSecond: 1024 * 1024,
  boardAnswerBytesPerAddress: 32 * 1024 * 1024,
  boardAnswerWindowMs: 10_000,
  boardAnswerMaxWaitMs: 30_000,
  maxBufferedBytes: 8 * 1024 * 1024,
  stalledSocketMs: 5_000,
  maxPresenceClientsPerConnection: 4,
  maxPresenceStateBytes: 4 * 1024,
  maxPresenceBytesPerBoard: 512 * 1024,
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

/** A count from the environment: a whole number, 0 meaning no limit; blank keeps `fallback`. */
const countVariable = (fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 (no limit) or more')
      .default(fallback),
  )

/** The environment variables of the limits, for config.ts's schema. */
export const LIMITS_ENV = {
  MAX_CONNECTIONS_PER_IP: countVariable(DEFAULT_LIMITS.maxConnectionsPerAddress),
  MAX_BOARDS_PER_HOUR_PER_IP: countVariable(DEFAULT_LIMITS.boardsPerHourPerAddress),
  TRUST_PROXY: switchVariable(DEFAULT_LIMITS.trustProxy),
}

/** An on/off variable: 1, true or yes; 0, false or no; blank keeps `fallback`. */
export function switchVariable(fallback: boolean) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? blankToUndefined(value.trim().toLowerCase()) : value),
    z
      .enum(['1', 'true', 'yes', '0', 'false', 'no'], { message: 'must be 1 or 0' })
      .transform((value) => ['1', 'true', 'yes'].includes(value))
      .default(fallback),
  )
}

/** The limits, from the parsed LIMITS_ENV variables; everything else keeps its default. */
export function readLimits(vars: {
  readonly MAX_CONNECTIONS_PER_IP: number
  readonly MAX_BOARDS_PER_HOUR_PER_IP: number
  readonly TRUST_PROXY: boolean
}): LimitsConfig {
  return {
    ...DEFAULT_LIMITS,
    maxConnectionsPerAddress: vars.MAX_CONNECTIONS_PER_IP,
    boardsPerHourPerAddress: vars.MAX_BOARDS_PER_HOUR_PER_IP,
    trustProxy: vars.TRUST_PROXY,
  }
}
