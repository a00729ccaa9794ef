import path from 'node:path'
import { SOCKET_DEFLATE } from '../../server/src/collab/CollabSocket'
import { DEFAULT_CONFIG } from '../../server/src/config'
import { createServer } from '../../server/src/createServer'
import { SQLITE_FILE } from '../../server/src/storage/SqliteBoardStore'
import { runServerProcess } from './serverProcess'
import { overrideSocketDeflate } from './socketDeflate'

// A. Coboard's own server with everything on: auth, presence checks, schema guard, limits,
// metrics, durable-on-ack SQLite persistence, the HTTP API and the static client, logging at its
// production level. Two limits are lifted: every simulated participant connects from 127.0.0.1, and
// the per-address connection cap (200 by default) would refuse the rest of a 500-person board; the
// capacity run creates 100 boards from that one address, past the hourly allowance (60).

runServerProcess(async ({ dataDir, clientDir, deflate }) => {
  if (deflate !== undefined) overrideSocketDeflate(deflate && SOCKET_DEFLATE)
  const server = createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    clientDir,
    logLevel: 'info',
    limits: {
      ...DEFAULT_CONFIG.limits,
      maxConnectionsPerAddress: 0,
      boardsPerHourPerAddress: 0,
      // The heavy-requests run sends its bursts from 127.0.0.1 too: many addresses at once.
      exportsPerMinutePerAddress: 0,
      importsAtOncePerAddress: 0,
    },
  })
  const { port } = await server.listen()
  return { port, dataFile: path.join(dataDir, SQLITE_FILE), close: () => server.close() }
})
