import fs from 'node:fs'

/**
 * Makes SQLite's commits durable without blocking the event loop. The database runs in WAL mode
 * with synchronous=NORMAL: a commit is written to the `-wal` file and visible to every reader
 * at once, but not synced; SQLite still syncs the WAL before each checkpoint. `flush()` resolves
 * once an fdatasync of the WAL that began after the call has finished, on libuv's thread pool, so
 * a commit followed by `flush()` is as durable as a commit under synchronous=FULL. Calls made
 * while a sync runs share the next one: a burst of commits costs at most two syncs.
 *
 * The WAL file keeps its inode while the database is open (SQLite rewrites it from the start
 * after a checkpoint rather than replacing it), so one descriptor serves for the store's life.
 */
export class WalSync {
  private descriptor: number | null = null
  private running: Promise<void> | null = null
  private queued: Promise<void> | null = null

  constructor(private readonly walFile: string) {}

  /** Resolves once every commit made before the call is on the disk; rejects if the sync fails. */
  flush(): Promise<void> {
    if (this.queued) return this.queued
    if (!this.running) return this.start()
    // The running sync may have begun before the caller's commit reached the file: it takes the
    // next one, which starts as soon as this one ends, with everyone else who asks meanwhile.
    const queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null
        return this.start()
      })
    this.queued = queued
    return queued
  }

  /** Waits for syncs under way, then lets go of the descriptor. */
  async close(): Promise<void> {
    await (this.queued ?? this.running)?.catch(() => undefined)
    if (this.descriptor !== null) fs.closeSync(this.descriptor)
    this.descriptor = null
  }

  private start(): Promise<void> {
    const sync = new Promise<void>((resolve, reject) => {
      fs.fdatasync(this.open(), (error) => (error ? reject(error) : resolve()))
    }).finally(() => {
      if (this.running === sync) this.running = null
    })
    this.running = sync
    return sync
  }

  private open(): number {
    // Read-only is enough: fdatasync flushes the file, whichever descriptor wrote to it.
    this.descriptor ??= fs.openSync(this.walFile, 'r')
    return this.descriptor
  }
}
