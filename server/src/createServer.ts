import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Hocuspocus, type Extension } from '@hocuspocus/server'
import { DEFAULT_CONFIG, type ServerConfig } from './config'
import { createLogger, type Logger } from './logger'
import type { BoardStore } from './storage/BoardStore'
import { openStore } from './storage/openStore'
import type { BoardContext } from './collab/BoardContext'
import { CollabSocket } from './collab/CollabSocket'
import { SocketLimiter } from './collab/SocketLimiter'
import { Auth } from './extensions/Auth'
import { Limits } from './extensions/Limits'
import { Metrics } from './extensions/Metrics'
import { NestingGuard } from './extensions/NestingGuard'
import { PrivateWords } from './extensions/PrivateWords'
import { Persistence } from './extensions/Persistence'
import { Presence } from './extensions/Presence'
import { PresencePacing } from './extensions/PresencePacing'
import { RedisFanOut } from './extensions/RedisFanOut'
import { Repair } from './extensions/Repair'
import { OwnVoices } from './extensions/OwnVoices'
import { SafeApply } from './extensions/SafeApply'
import { SchemaGuard } from './extensions/SchemaGuard'
import { WriteAhead } from './extensions/WriteAhead'
import { guardHooks } from './extensions/guardHooks'
import { ServerMetrics } from './metrics/ServerMetrics'
import { TimedBoardStore } from './metrics/TimedBoardStore'
import { OriginPolicy } from './http/originPolicy'
import { Router } from './http/router'
import { StaticFiles } from './http/StaticFiles'
import { createHttpHandler } from './http/createHttpHandler'
import { addHealthRoutes } from './http/routes/health'
import { createBoardRoute } from './http/routes/createBoard'
import { exportBoardRoute } from './http/routes/exportBoard'
import { importBoardRoute } from './http/routes/importBoard'
import { deleteBoardRoute } from './http/routes/deleteBoard'
import { joinByCodeRoute } from './http/routes/joinByCode'
import { mintJoinCodeRoute } from './http/routes/mintJoinCode'
import { JoinAttempts } from './limits/JoinAttempts'
import { BoardCreations } from './limits/BoardCreations'
import { BoardAnswerBudget } from './limits/BoardAnswerBudget'
import { metricsRoute } from './http/routes/metrics'
import { ExportBudget } from './limits/ExportBudget'
import { ImportsInFlight } from './limits/ImportsInFlight'
import { ExportCache } from './board/ExportCache'
import { BoardWorkers } from './workers/BoardWorkers'

/** How long close() lets HTTP requests under way finish before cutting them off. */
const HTTP_GRACE_MS = 5_000

export interface ServerOptions extends Partial<ServerConfig> {
  /** Storage to use instead of the configured one (`databaseUrl` or `dataDir`): a test's wrapper. */
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
  const metrics = new ServerMetrics()
  const store = new TimedBoardStore(options.store ?? openStore(config, log), metrics)
  const persistence = new Persistence(store, log, metrics)
  const privateWords = new PrivateWords(log)
  // Several instances share live boards through Redis, and boards through PostgreSQL.
  const fanOut = config.redisUrl ? new RedisFanOut(config.redisUrl, log) : null
  // Per-socket budgets, shared by the socket layer (rates, deadlines) and the Limits extension
  // (which ends a deadline on authentication and charges the time updates take).
  const sockets = new SocketLimiter(config.limits)
  // Whole-board answers per client address, shared through Redis between instances when set.
  const answers = new BoardAnswerBudget(config.limits, config.redisUrl, log)
  const extensions = [
    new Metrics(metrics),
    new Presence(config.limits),
    new PresencePacing(log),
    persistence,
    new SchemaGuard(log),
    new Repair(log),
    new OwnVoices(log),
    privateWords,
    new Auth(store, log),
    new Limits(config.limits, sockets, log),
    new NestingGuard(config.limits.maxUpdateOperations, log),
    // A store that commits after appendUpdate returns needs each update logged before the ack.
    ...(store.commitsSynchronously ? [] : [new WriteAhead(store, log)]),
    new SafeApply(persistence, metrics, log),
    ...(fanOut ? [fanOut] : []),
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
  addHealthRoutes(router, {
    store,
    isListening: () => listening,
    services: fanOut ? [fanOut] : [],
  })
  router.on('GET', '/metrics', metricsRoute(metrics))
  const creations = new BoardCreations(config.limits.boardsPerHourPerAddress)
  const { trustProxy } = config.limits
  router.on('POST', '/api/boards', createBoardRoute({ store, origins, creations, trustProxy, log }))
  // Exports and imports take a CPU for seconds on a big board: done on worker threads.
  const workers = new BoardWorkers()
  const exportCache = new ExportCache()
  const exportBudget = new ExportBudget(
    config.limits.exportsPerMinutePerAddress,
    config.redisUrl,
    log,
  )
  const inFlight = new ImportsInFlight(config.limits.importsAtOncePerAddress)
  router.on(
    'POST',
    '/api/boards/import',
    importBoardRoute({ store, origins, creations, inFlight, workers, trustProxy, log }),
  )
  router.on(
    'DELETE',
    '/api/boards/:id',
    deleteBoardRoute({ store, hocuspocus, log, forget: (id) => exportCache.forgetBoard(id) }),
  )
  router.on('POST', '/api/boards/:id/join-code', mintJoinCodeRoute({ store, origins, log }))
  router.on(
    'POST',
    '/api/join',
    joinByCodeRoute({
      store,
      origins,
      attempts: new JoinAttempts(config.limits),
      trustProxy: config.limits.trustProxy,
      log,
    }),
  )
  // Every `/api/boards/:id/<file>`, so `export.exe` gets 400 rather than 404; routes with the
  // same shape must be registered above this one (it answers 404 for names not `export.…`).
  router.on(
    'GET',
    '/api/boards/:id/:file',
    exportBoardRoute({ store, workers, cache: exportCache, budget: exportBudget, trustProxy }),
  )

  const httpServer = http.createServer(
    createHttpHandler({
      router,
      staticFiles: new StaticFiles(config.clientDir, config.serveSourceMaps),
      origins,
      log,
    }),
  )
  const collab = new CollabSocket(hocuspocus, origins, log, sockets, answers)
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
    answers.close()
    await Promise.all(connections.map((connection) => connection.waitForPendingMessages()))
    hocuspocus.closeConnections()

    await privateWords.stop()
    hocuspocus.flushPendingStores()
    persistence.stop()
    await persistence.flushAll(hocuspocus.documents.values())
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus })

    // Requests under way (an export, say) may finish before the store goes away.
    const graceOver = new Promise<void>((resolve) => setTimeout(resolve, HTTP_GRACE_MS).unref())
    await Promise.race([httpStopped, graceOver])
    httpServer.closeAllConnections()
    await httpStopped
    exportBudget.close()
    await workers.close()
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
