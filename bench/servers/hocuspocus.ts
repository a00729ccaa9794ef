import path from 'node:path'
import { Server } from '@hocuspocus/server'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { runServerProcess } from './serverProcess'
import { HOCUSPOCUS_FILE, HOCUSPOCUS_TOKEN } from './hocuspocusSettings'

// B. Stock Hocuspocus 4.7, the library without our product: a token check and the official
// SQLite extension (@hocuspocus/extension-sqlite 4.7) on a file, as its README sets it up, with
// its stock debounce (store 2 s after the last change, at the latest every 10 s).

runServerProcess(async ({ dataDir }) => {
  const dataFile = path.join(dataDir, HOCUSPOCUS_FILE)
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async onAuthenticate({ token }) {
      if (token !== HOCUSPOCUS_TOKEN) throw new Error('no')
    },
    extensions: [new SQLite({ database: dataFile })],
  })
  await server.listen()
  return {
    port: server.address.port,
    dataFile,
    close: () => server.destroy(),
  }
})
