import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { ImportOutcome, RenderOutcome, RenderTask } from './boardTasks'

/** Tasks that may wait for a thread; past this a new one is refused at once (WorkersBusy). */
export const WORKER_QUEUE_LIMIT = 8

/** Lower priority than the thread that serves the sockets (Linux `nice`), so saves come first. */
const WORKER_NICENESS = 10

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

  /** The board rendered as the task asks (see boardTasks.renderExport). */
  renderExport(task: RenderTask): Promise<RenderOutcome> {
    return this.run(task, 'renderExport')
  }

  /** The new board a board file's bytes make, or what is wrong with the file. */
  readImport(body: Uint8Array): Promise<ImportOutcome> {
    return this.run({ body }, 'readImport')
  }

  /** Whether a task asked for now would be refused: check before reading a large request. */
  get isFull(): boolean {
    return this.pool.queueSize >= this.pool.options.maxQueue
  }

  /** Ends the threads once the tasks under way are done. */
  close(): Promise<void> {
    return this.pool.close()
  }

  private async run<T>(task: object, name: string): Promise<T> {
    if (this.isFull) throw new WorkersBusy()
    try {
      return (await this.pool.run(task, { name })) as T
    } catch (error) {
      if (error instanceof Error && error.message === 'Task queue is at limit') {
        throw new WorkersBusy()
      }
      throw error
    }
  }
}
