import type { Worker } from 'node:worker_threads'
import { startTypeScriptWorker } from '../workers/startTypeScriptWorker'
import type { LogReply, LogRequest, LogWorkerData } from './sqliteLogProtocol'

type Pending = { resolve(reply: LogReply & { ok: true }): void; reject(error: Error): void }

/** A request the log writer could not carry out; the message says why. */
export class LogWriteFailed extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LogWriteFailed'
  }
}

/** Distributes a union over its members, so `Omit` keeps each request's own fields. */
type WithoutTicket<T> = T extends unknown ? Omit<T, 'ticket'> : never

/**
 * Appends and compactions of the SQLite board log, done by a worker thread (sqliteLogWorker.ts)
 * so that the disk sync of each commit never holds up the event loop. A promise resolves once its
 * write is committed with synchronous=FULL. The worker starts on the first write, and again after
 * a failure of the thread itself, which rejects every write then in flight.
 */
export class SqliteLogWriter {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextTicket = 1
  private closed = false

  constructor(private readonly file: string) {}

  /** Resolves true once `update` is in the log, false when the board no longer exists. */
  async append(boardId: string, update: Uint8Array): Promise<boolean> {
    return (await this.request({ op: 'append', boardId, update })).value
  }

  /**
   * Replaces the board's snapshot with `snapshot` merged with every logged row, and drops those
   * rows. `skipped` are the rows left out because they do not decode.
   */
  async compact(
    boardId: string,
    snapshot: Uint8Array,
  ): Promise<{ stored: boolean; skipped: readonly number[] }> {
    const reply = await this.request({ op: 'compact', boardId, snapshot })
    return { stored: reply.value, skipped: reply.skipped ?? [] }
  }

  /** Waits for the writes under way, then ends the worker. Later writes reject. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    const worker = this.worker
    if (!worker) return
    await this.send(worker, { op: 'close' }).catch(() => undefined)
    await worker.terminate()
  }

  private request(request: WithoutTicket<LogRequest>): Promise<LogReply & { ok: true }> {
    if (this.closed) return Promise.reject(new LogWriteFailed('the board store is closed'))
    return this.send(this.worker ?? this.start(), request)
  }

  private send(worker: Worker, request: WithoutTicket<LogRequest>) {
    const ticket = this.nextTicket++
    return new Promise<LogReply & { ok: true }>((resolve, reject) => {
      // A write under way keeps the process alive until it is committed; an idle writer does not.
      if (this.pending.size === 0) worker.ref()
      this.pending.set(ticket, { resolve, reject })
      worker.postMessage({ ...request, ticket } as LogRequest)
    })
  }

  private start(): Worker {
    const data: LogWorkerData = { file: this.file }
    const worker = startTypeScriptWorker(new URL('./sqliteLogWorker.ts', import.meta.url), data)
    worker.on('message', (reply: LogReply) => {
      const waiting = this.pending.get(reply.ticket)
      if (!waiting) return
      this.pending.delete(reply.ticket)
      if (this.pending.size === 0) worker.unref()
      if (reply.ok) waiting.resolve(reply)
      else waiting.reject(new LogWriteFailed(reply.message))
    })
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = null
      for (const waiting of this.pending.values()) waiting.reject(new LogWriteFailed(reason))
      this.pending.clear()
    }
    worker.on('error', (error: Error) => fail(`the log writer failed: ${error.message}`))
    worker.on('exit', (code) => fail(`the log writer stopped (exit code ${code})`))
    worker.unref()
    this.worker = worker
    return worker
  }
}
