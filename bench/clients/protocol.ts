import { createHash } from 'node:crypto'
import { composeSocketToken } from '@coboard/shared'
import type { BenchConfig, ServerKind } from '../config'
import type { BoardRef } from '../servers/launch'

// What the orchestrator (pool.ts) and a load-client process (loadClient.ts) say to each other.

/** One simulated participant. */
export interface ClientSpec {
  /** Unique in the run; also names the participant (`p<index>`). */
  readonly index: number
  /** Index into the run's boards. */
  readonly board: number
  /** Active participants edit and move a cursor; the others watch. */
  readonly active: boolean
  /** A watcher that speaks the protocol without a provider (clients/watcher.ts). */
  readonly lean: boolean
}

export interface ConnectRequest {
  readonly kind: ServerKind
  readonly port: number
  readonly boards: readonly BoardRef[]
  readonly clients: readonly ClientSpec[]
  readonly ramp: BenchConfig['ramp']
  readonly timeoutMs: number
  readonly addEvery: number
}

export interface ConnectReply {
  /** Indices of the clients that completed their first sync. */
  readonly connected: number[]
  readonly failed: number
  readonly connectMs: number
  /** The process's clock when it answered, to check that all processes share one clock. */
  readonly clock: number
}

/** Absolute times on the shared clock. */
export interface RunRequest {
  readonly measureFrom: number
  readonly measureUntil: number
  readonly loadUntil: number
  readonly reportAt: number
  readonly editIntervalMs: number
  readonly cursorIntervalMs: number
}

/** An edit sent inside the measured window. */
export interface SentEdit {
  readonly key: string
  readonly client: number
  readonly board: number
  readonly seq: number
  readonly sentAt: number
  /** When the server acknowledged it (Hocuspocus protocol only). */
  ackAt: number | null
}

export interface ProcessReport {
  /** One entry per delivery of a measured edit to another client, in ms. */
  readonly latencies: Float64Array
  /** Per measured edit: deliveries seen in this process and the slowest of them. */
  readonly perEdit: Map<string, { count: number; max: number }>
  readonly sent: SentEdit[]
  readonly editsSent: number
  readonly cursorsSent: number
  readonly drops: number
  readonly cpuPercent: number
  readonly elu: number
  readonly lagP99: number
}

/**
 * The Hocuspocus token a simulated participant presents: Coboard's sockets carry the device key
 * that binds the participant id (one key per participant); the stock servers get the token alone.
 */
export function benchSocketToken(
  coboard: boolean,
  token: string | null,
  participantId: string,
): string {
  if (!coboard || token === null) return token ?? ''
  const key = createHash('sha256').update(`bench device of ${participantId}`).digest('base64url')
  return composeSocketToken(token, key)
}
