import { Piscina } from 'piscina'

/** One stretch, as the worker does it. */
export interface StretchTask {
  readonly code: string
  readonly salt: string
  readonly rounds: number
}

/** What the worker answers: the stretched secret, and the thread that computed it. */
export interface StretchResult {
  readonly secret: Uint8Array
  readonly threadId: number
}

/** Stretches waiting for the thread, past which a new one is refused: about 20 s of work. */
const MAX_QUEUE = 1_000

/** The stretching thread goes away after this long without work, and starts again on demand. */
const IDLE_MS = 60_000

/** Thrown by `stretch` when the queue is full; the caller answers 503 and asks to retry. */
export class JoinCodesBusy extends Error {
  constructor() {
    super('join-code stretching is at its queue limit')
    this.name = 'JoinCodesBusy'
  }
}

/**
 * Runs join-code stretching (about 20 ms of PBKDF2 each) on one dedicated worker thread, one
 * stretch at a time, with a bounded queue. Never on libuv's thread pool: its four threads also
 * run SQLite's fdatasync (storage/WalSync.ts), so guesses there held up every board's save
 * acknowledgements. One thread, so stretching costs at most one core whatever the load.
 */
export class JoinCodeStretcher {
  private readonly pool: Piscina<StretchTask, StretchResult>
  private started = 0
  private finished = 0

  constructor(private readonly maxQueue = MAX_QUEUE) {
    this.pool = new Piscina({
      filename: new URL('./stretchWorker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 1,
      maxQueue,
      idleTimeout: IDLE_MS,
      // The worker is plain JavaScript: it needs none of the parent's loader flags (tsx, vitest).
      execArgv: [],
    })
  }

  /** Stretches `task` on the worker; rejects with JoinCodesBusy when the queue is full. */
  async stretch(task: StretchTask): Promise<StretchResult> {
    if (this.pool.queueSize >= this.maxQueue) throw new JoinCodesBusy()
    this.started += 1
    try {
      return await this.pool.run(task)
    } finally {
      this.finished += 1
    }
  }

  /** Stretches finished since the process started (for /metrics). */
  get completed(): number {
    return this.finished
  }

  /** Stretches running or waiting for the thread (for /metrics). */
  get pending(): number {
    return this.started - this.finished
  }

  /** Stops the thread; stretches under way are rejected. */
  close(): Promise<void> {
    return this.pool.close({ force: true })
  }
}

let shared: JoinCodeStretcher | null = null

/**
 * The process's one stretcher: however many servers a process runs (tests start many), join
 * codes share one thread, so stretching never takes more than one core.
 */
export function joinCodeStretcher(): JoinCodeStretcher {
  shared ??= new JoinCodeStretcher()
  return shared
}
