import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks'
import { now } from '../clock'
import { serveRequests } from '../ipc'

// The part every server process shares: start on request, report its own memory, CPU and event
// loop on request, stop on request. Measuring from inside the process is what makes the heap
// figure possible; `--expose-gc` lets a memory reading start from a collected heap.

/** What the orchestrator tells a server process to start with. */
export interface StartRequest {
  /** A fresh folder this server may keep its files in. */
  readonly dataDir: string
  /** The built client, for the server that serves one. */
  readonly clientDir: string
  /** Coboard only: permessage-deflate forced on or off (servers/socketDeflate.ts); unset: its own. */
  readonly deflate?: boolean
}

/** What a started server process answers. */
export interface Started {
  readonly port: number
  /** The SQLite file edits become durable in, for servers that have one. */
  readonly dataFile: string | null
}

/** One reading of a server process, cumulative where the field is a counter. */
export interface Usage {
  /** On the shared monotonic clock (clock.ts). */
  readonly at: number
  readonly rss: number
  readonly heapUsed: number
  readonly external: number
  /** CPU time since the process started, user + system, in microseconds. */
  readonly cpuMicros: number
  readonly elu: EventLoopUtilization
  /** Event loop delay since the previous reading, in milliseconds. */
  readonly lagP99: number
  readonly lagMax: number
}

export interface RunningServer extends Started {
  close(): Promise<void>
}

/** Serves start/usage/stop for one server, started by `start`. */
export function runServerProcess(start: (request: StartRequest) => Promise<RunningServer>): void {
  let server: RunningServer | null = null
  const lag = monitorEventLoopDelay({ resolution: 5 })
  lag.enable()

  serveRequests({
    start: async (request: StartRequest): Promise<Started> => {
      server = await start(request)
      return { port: server.port, dataFile: server.dataFile }
    },
    usage: ({ collect }: { collect: boolean }): Usage => {
      // Twice: the first pass can leave objects that only a second pass frees (weak maps).
      if (collect && globalThis.gc) {
        globalThis.gc()
        globalThis.gc()
      }
      const memory = process.memoryUsage()
      const cpu = process.cpuUsage()
      const reading: Usage = {
        at: now(),
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        external: memory.external,
        cpuMicros: cpu.user + cpu.system,
        elu: performance.eventLoopUtilization(),
        lagP99: lag.percentile(99) / 1e6,
        lagMax: lag.max / 1e6,
      }
      lag.reset()
      return reading
    },
    stop: async () => {
      await server?.close()
      // After the reply is on its way.
      setTimeout(() => process.exit(0), 50)
    },
  })
}
