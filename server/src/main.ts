import { ConfigError, readConfig } from './config'
import { createServer } from './createServer'
import { createLogger } from './logger'

// Reads the environment and starts the server; everything else lives in createServer.

let config
try {
  config = readConfig(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const log = createLogger(config.logLevel)
const server = createServer({ ...config, logger: log })

// Hocuspocus starts some promises nobody awaits; a rejection there is logged, not fatal.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'))

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  log.info({ signal }, 'shutting down')
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.fatal({ err: error }, 'shutdown failed')
      process.exit(1)
    },
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

server.listen().catch((error: unknown) => {
  log.fatal({ err: error }, 'could not start')
  process.exit(1)
})
