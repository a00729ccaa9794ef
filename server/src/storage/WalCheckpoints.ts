import { Worker } from 'node:worker_threads'

/** WAL written between two checkpoints: what SQLite's own automatic checkpoint waits for. */
const DEFAULT_THRESHOLD_BYTES = 4 * 1024 * 1024

/**
 * Runs SQLite's WAL checkpoints on a thread of their own. SQLite's automatic checkpoint runs
 * inside the commit that crosses its threshold, on the committing thread: copying the WAL into
 * the database and syncing both took 60–165 ms of the event loop each time some 4 MB had been
 * written (a 5 MB import crossed it at once), and every board waited. The store turns that off;
 * this starts a PASSIVE checkpoint from a second connection on a worker thread once as much has
 * been written since the last one. A passive checkpoint never blocks the writer, and the first
 * commit after a complete one starts the WAL from its beginning again, so it stays small.
 */
export class WalCheckpoints {
  private readonly worker: Worker
  private written = 0
  private running = false
  private closed = false
  private finished: (() => void) | null = null
  private exited = false

  constructor(
    file: string,
    private readonly onError: (message: string) => void,
    private readonly thresholdBytes = DEFAULT_THRESHOLD_BYTES,
  ) {
    this.worker = new Worker(new URL('./checkpointWorker.mjs', import.meta.url), {
      workerData: { file },
    })
    // Never keeps the process alive; close() ends it in order.
    this.worker.unref()
    this.worker.on('message', (result: { ok: boolean; error?: string }) => {
      this.running = false
      if (!result.ok) this.onError(result.error ?? 'failed')
      this.finished?.()
      this.finished = null
    })
    this.worker.on('error', (error: Error) => this.onError(error.message))
    this.worker.on('exit', () => {
      this.exited = true
      this.running = false
      this.finished?.()
      this.finished = null
    })
  }

  /** Counts `bytes` just committed; starts a checkpoint when enough has been written since the last. */
  noteWritten(bytes: number): void {
    this.written += bytes
    if (this.running || this.closed || this.written < this.thresholdBytes) return
    this.written = 0
    this.running = true
    this.worker.postMessage('checkpoint')
  }

  /** Waits for a checkpoint under way, then closes the thread's connection and the thread. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.running) {
      this.worker.ref()
      await new Promise<void>((resolve) => (this.finished = resolve))
    }
    if (this.exited) return
    // Held open until the thread has closed its connection: an unreferenced thread would let
    // the process end before the store has finished closing.
    this.worker.ref()
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()))
    this.worker.postMessage('close')
    await exited
  }
}
