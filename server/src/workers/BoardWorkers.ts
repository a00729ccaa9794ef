import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { ImportOutcome, RenderOutcome, RenderTask } from './boardTasks'
import { movable } from './transfer'

/** Tasks that may wait for a thread; past this a new one is refused at once (WorkersBusy). */
export const WORKER_QUEUE_LIMIT = 8

/** Lower priority than the thread that serves the sockets (Linux `nice`), so saves come first. */
const WORKER_NICENESS = 19

/** An idle thread is ended after this long; the next task starts a new one. */
const IDLE_TIMEOUT_MS = 60_000

/** Thrown when the worker threads have WORKER_QUEUE_LIMIT tasks waiting already. */
export class WorkersBusy extends Error {
  constructor() {
    super('the board workers are busy')
    this.name = 'WorkersBusy'
  }
}

/**
 * Worker threads for the work on whole boards that takes a CPU for hundreds of milliseconds:
 * rendering an export and reading an imported board file. JavaScript cannot interrupt that work,
 * so on the thread that serves every socket it would hold up everyone's saves; here it only
 * waits its turn. One thread per spare core (at least one, at most two), a bounded queue, and
 * no thread at all until the first task.
 */
export class BoardWorkers {
  private readonly pool: Piscina

  constructor(options: { readonly threads?: number; readonly queueLimit?: number } = {}) {
    this.pool = new Piscina({
      filename: new URL('./boardWorker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: options.threads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
      maxQueue: options.queueLimit ?? WORKER_QUEUE_LIMIT,
      idleTimeout: IDLE_TIMEOUT_MS,
      niceIncrement: WORKER_NICENESS,
    })
  }

  /**
   * The board rendered as the task asks (see boardTasks.renderExport). The task's updates are
   * moved to the thread: the caller must not use them afterwards.
   */
  renderExport(task: RenderTask): Promise<RenderOutcome> {
    const updates = task.updates.map(movable)
    return this.run({ ...task, updates }, 'renderExport', updates)
  }

  /**
   * The new board a board file's bytes make, or what is wrong with the file. The bytes are moved
   * to the thread: the caller must not use them afterwards.
   */
  readImport(body: Uint8Array): Promise<ImportOutcome> {
    const bytes = movable(body)
    return this.run({ body: bytes }, 'readImport', [bytes])
  }

  /** Whether a task asked for now would be refused: check before reading a large request. */
  get isFull(): boolean {
    return this.pool.queueSize >= this.pool.options.maxQueue
  }

  /** Ends the threads once the tasks under way are done. */
  close(): Promise<void> {
    return this.pool.close()
  }

  private async run<T>(task: object, name: string, moved: readonly Uint8Array[]): Promise<T> {
    if (this.isFull) throw new WorkersBusy()
    try {
      // piscina's TransferList type is derived from MessagePort's overloads and misses ArrayBuffer.
      const transferList = moved.map((bytes) => bytes.buffer) as never
      return (await this.pool.run(task, { name, transferList })) as T
    } catch (error) {
      if (error instanceof Error && error.message === 'Task queue is at limit') {
        throw new WorkersBusy()
      }
      throw error
    }
  }
}
