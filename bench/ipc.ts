import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

// Request and reply between the orchestrator and the processes it forks (servers, load clients,
// the disk watcher). Every request has a deadline, so a process that hangs under load stalls one
// run, never the benchmark. The 'advanced' serialisation carries typed arrays and Maps.

interface Request {
  readonly id: number
  readonly type: string
  readonly payload: unknown
}

interface Reply {
  readonly id: number
  readonly ok: boolean
  readonly result?: unknown
  readonly error?: string
}

/** A forked process and its request channel. */
export class ChildProcessHandle {
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >()
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  readonly exited: Promise<number | string>

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: Reply) => {
      const waiter = this.pending.get(message.id)
      if (!waiter) return
      this.pending.delete(message.id)
      if (message.ok) waiter.resolve(message.result)
      else waiter.reject(new Error(`${name}: ${message.error}`))
    })
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        for (const waiter of this.pending.values()) {
          waiter.reject(new Error(`${name} exited (${code ?? signal}) before it answered`))
        }
        this.pending.clear()
        resolve(code ?? signal ?? 'unknown')
      })
    })
  }

  /** Forks a TypeScript entry (through tsx) with its output appended to `logFile`. */
  static start(
    name: string,
    entry: URL,
    options: { logFile: string; nodeOptions?: readonly string[] },
  ): ChildProcessHandle {
    const log = fs.openSync(options.logFile, 'a')
    const child = fork(fileURLToPath(entry), [], {
      execArgv: ['--import', 'tsx', ...(options.nodeOptions ?? [])],
      stdio: ['ignore', log, log, 'ipc'],
      serialization: 'advanced',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    fs.closeSync(log)
    return new ChildProcessHandle(name, child)
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  /** Sends a request and waits at most `timeoutMs` for its answer. */
  request<T>(type: string, payload: unknown, timeoutMs: number): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`${this.name}: no answer to ${type} within ${timeoutMs} ms`))
      }, timeoutMs)
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer)
          resolve(value as T)
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
      const request: Request = { id, type, payload }
      this.child.send(request, (error) => {
        if (error) this.pending.get(id)?.reject(error)
      })
    })
  }

  /** Asks the process to stop with `type`; kills it when it has not exited within `graceMs`. */
  async stop(type: string, graceMs: number): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      await this.request(type, null, graceMs).catch(() => undefined)
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs)
    await this.exited
    clearTimeout(timer)
  }

  /** Ends the process at once. */
  kill(): void {
    this.child.kill('SIGKILL')
  }
}

type Handler = (payload: never) => unknown

/**
 * Serves requests from the parent in a forked process. A process whose parent has gone exits,
 * so an interrupted run leaves nothing behind.
 */
export function serveRequests(handlers: Record<string, Handler>): void {
  process.on('disconnect', () => process.exit(1))
  process.on('message', (message: Request) => {
    const handler = handlers[message.type]
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no handler for ${message.type}`)
        return handler(message.payload as never)
      })
      .then(
        (result) => reply({ id: message.id, ok: true, result }),
        (error: unknown) =>
          reply({
            id: message.id,
            ok: false,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          }),
      )
  })
}

function reply(message: Reply): void {
  process.send?.(message)
}
