import { afterEach, beforeEach } from 'vitest'
import type { ServerOptions } from '../../server/src/createServer'
import { startServer, type TestServer } from './server'
import { connectSynced, type TestClient } from './providers'

/** A fresh server for each test of a describe block, and the clients connected to it. */
export interface ServerPerTest {
  /** `http://127.0.0.1:<port>` of this test's server. */
  readonly url: string
  readonly server: TestServer
  /** Connects a synced client, destroyed after the test. */
  connect(boardId: string, token: string, participantId: string): Promise<TestClient>
  /** Hands a client to the clean-up after the test. */
  track(client: TestClient): TestClient
  /** Destroys `client` now (someone leaving), instead of after the test. */
  leave(client: TestClient): void
  /** Restarts this test's server on the same data folder (a new port); `url` follows. */
  restart(options?: ServerOptions): Promise<TestServer>
}

/**
 * Starts a server before each test and, after it, destroys every client handed out and the
 * server with its data. Call inside `describe`; read the fields inside tests.
 */
export function useServerPerTest(options: ServerOptions = {}): ServerPerTest {
  let current: TestServer | null = null
  const clients = new Set<TestClient>()
  beforeEach(async () => {
    current = await startServer(options)
  })
  afterEach(async () => {
    for (const client of clients) client.destroy()
    clients.clear()
    await current?.destroy()
    current = null
  })
  const server = () => {
    if (!current) throw new Error('useServerPerTest: read the server inside a test')
    return current
  }
  const track = (client: TestClient) => {
    clients.add(client)
    return client
  }
  return {
    get url() {
      return server().url
    },
    get server() {
      return server()
    },
    track,
    async connect(boardId, token, participantId) {
      return track(await connectSynced({ url: server().url, boardId, token, participantId }))
    },
    leave(client) {
      clients.delete(client)
      client.destroy()
    },
    async restart(next) {
      current = await server().restart(next)
      return current
    },
  }
}
