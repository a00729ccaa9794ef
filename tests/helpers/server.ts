import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer, type CoboardServer, type ServerOptions } from '../../server/src/createServer'
import type { LogLevel } from '../../server/src/config'

/** A real server on port 0 with its own data folder. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly port: number
  readonly dataDir: string
  readonly server: CoboardServer
  /** Graceful close (writes every board); safe to call twice. */
  close(): Promise<void>
  /** Closes this server and starts a new one on the same data folder (on a new port). */
  restart(options?: ServerOptions): Promise<TestServer>
  /** Closes and deletes the data folder. */
  destroy(): Promise<void>
}

/**
 * Starts `createServer({ port: 0, dataDir: <fresh temp folder> })`. Logging is silent unless
 * LOG_LEVEL is set, and compaction waits long enough not to run during a test unless asked.
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'coboard-test-')))
  const server = createServer({
    host: '127.0.0.1',
    port: 0,
    logLevel: (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'silent',
    clientDir: path.join(dataDir, 'no-client'),
    ...options,
    dataDir,
  })
  const { port, url } = await server.listen()
  const close = () => server.close()
  return {
    url,
    port,
    dataDir,
    server,
    close,
    async restart(next: ServerOptions = {}) {
      await close()
      return startServer({ ...options, ...next, dataDir })
    },
    async destroy() {
      await close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
