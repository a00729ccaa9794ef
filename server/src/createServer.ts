import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Hocuspocus, type Extension } from '@hocuspocus/server'
import { DEFAULT_CONFIG, type ServerConfig } from './config'
import { createLogger, type Logger } from './logger'
import type { BoardStore } from './storage/BoardStore'
import { SqliteBoardStore } from './storage/SqliteBoardStore'
import type { BoardContext } from './collab/BoardContext'
import { CollabSocket } from './collab/CollabSocket'
import { Auth } from './extensions/Auth'
import { Persistence } from './extensions/Persistence'
import { Presence } from './extensions/Presence'
import { Repair } from './extensions/Repair'
import { SchemaGuard } from './extensions/SchemaGuard'
import { guardHooks } from './extensions/guardHooks'
import { OriginPolicy } from './http/originPolicy'
import { Router } from './http/router'
import { StaticFiles } from './http/StaticFiles'
import { createHttpHandler } from './http/createHttpHandler'
import { addHealthRoutes } from './http/routes/health'
import { createBoardRoute } from './http/routes/createBoard'
import { exportBoardRoute } from './http/routes/exportBoard'

/** How long close() lets HTTP requests under way finish before cutting them off. */
const HTTP_GRACE_MS = 5_000

export interface ServerOptions extends Partial<ServerConfig> {
  /** Storage to use instead of SQLite in `dataDir` (another database, or a test's wrapper). */
  readonly store?: BoardStore
  /** Logger to use instead of a new one at `logLevel`. */
  readonly logger?: Logger
  /** More Hocuspocus extensions (metrics, limits, tests); their hooks are guarded like ours. */
  readonly extensions?: readonly Extension[]
}

/** A Coboard server: static client, HTTP API and collaboration socket on one port. */
export interface CoboardServer {
  /** Starts listening; resolves with the port (useful with port 0) and a URL to reach it. */
  listen(): Promise<{ port: number; url: string }>
  /**
   * Stops accepting, closes every socket, writes every open board to storage and closes the
   * store. Safe to call more than once; later calls wait for the first.
   */
  close(): Promise<void>
  readonly hocuspocus: Hocuspocus<BoardContext>
  readonly store: BoardStore
}

/** Builds a server from `options` (defaults: DEFAULT_CONFIG); nothing listens until `listen()`. */
export function createServer(options: ServerOptions = {}): CoboardServer {
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...options }
  const log = options.logger ?? createLogger(config.logLevel)
  const store = options.store ?? SqliteBoardStore.open(path.resolve(config.dataDir))
  const persistence = new Persistence(store, log)
  const extensions = [
    new Presence(),
    persistence,
    new SchemaGuard(log),
    new Repair(log),
    new Auth(store, log),
    ...(options.extensions ?? []),
  ].map((extension) => guardHooks(extension, log))

  const hocuspocus = new Hocuspocus<BoardContext>({
    quiet: true,
    extensions,
    // Every update is in the log before it is acknowledged, so compaction is only housekeeping:
    // it runs after a quiet spell, or at the latest after maxDebounce of continuous editing.
    debounce: config.compaction.debounceMs,
    maxDebounce: config.compaction.maxDebounceMs,
    // Keep a board warm until its compaction is due instead of compacting on every last
    // disconnect: a projector or a flaky laptop reconnecting costs nothing then.
    unloadImmediately: false,
  })

  const origins = new OriginPolicy(config.publicUrl, config.allowedOrigins)
  let listening = false
  const router = new Router()
  addHealthRoutes(router, { store, isListening: () => listening })
  router.on('POST', '/api/boards', createBoardRoute({ store, origins, log }))
  router.on('GET', '/api/boards/:id/export.json', exportBoardRoute({ store, hocuspocus }))

  const httpServer = http.createServer(
    createHttpHandler({ router, staticFiles: new StaticFiles(config.clientDir), origins, log }),
  )
  const collab = new CollabSocket(hocuspocus, origins, log)
  httpServer.on('upgrade', collab.handleUpgrade)
  httpServer.on('clientError', (error, socket) => {
    log.debug({ err: error }, 'malformed HTTP request')
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })

  let closing: Promise<void> | null = null

  const shutDown = async () => {
    listening = false
    const httpStopped = new Promise<void>((resolve) => httpServer.close(() => resolve()))
    httpServer.closeIdleConnections()

    // Sockets first, so nothing new is applied or acknowledged while boards are written.
    const documents = [...hocuspocus.documents.values()]
    const connections = documents.flatMap((document) => document.getConnections())
    await collab.close()
    await Promise.all(connections.map((connection) => connection.waitForPendingMessages()))
    hocuspocus.closeConnections()

    hocuspocus.flushPendingStores()
    persistence.stop()
    await persistence.flushAll(hocuspocus.documents.values())
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus })

    // Requests under way (an export, say) may finish before the store goes away.
    const graceOver = new Promise<void>((resolve) => setTimeout(resolve, HTTP_GRACE_MS).unref())
    await Promise.race([httpStopped, graceOver])
    httpServer.closeAllConnections()
    await httpStopped
    await store.close()
    log.info('server stopped')
  }

  return {
    hocuspocus,
    store,
    listen() {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject)
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject)
          // Later server errors (EMFILE, say) are logged: an 'error' nobody listens to is fatal.
          httpServer.on('error', (error) => log.error({ err: error }, 'HTTP server error'))
          listening = true
          const { port } = httpServer.address() as AddressInfo
          const url = config.publicUrl ?? `http://${reachableHost(config.host)}:${port}`
          log.info({ port, url }, 'listening')
          resolve({ port, url })
        })
      })
    },
    close() {
      closing ??= shutDown()
      return closing
    },
  }
}

/** A host name a local client can connect to, for an address the server may bind to. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') ? `[${host}]` : host
}
