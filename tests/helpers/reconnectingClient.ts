import * as Y from 'yjs'
import WebSocket from 'ws'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { COLLAB_PATH, PARTICIPANT_PARAM } from '@coboard/shared'
import { socketToken, type TestClient } from './providers'

/**
 * A provider that reconnects by itself, as a browser's does, but retries every 50 to 500 ms
 * instead of backing off to 30 s, so a test can hold it to a deadline after a server restart.
 */
export function connectReconnecting(options: {
  readonly url: string
  readonly boardId: string
  readonly token: string
  readonly participantId: string
}): TestClient {
  const socketUrl = new URL(COLLAB_PATH, options.url)
  socketUrl.protocol = 'ws:'
  socketUrl.searchParams.set(PARTICIPANT_PARAM, options.participantId)
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({
    url: socketUrl.toString(),
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
    maxAttempts: 0,
  })
  const client: { -readonly [K in keyof TestClient]: TestClient[K] } = {
    doc,
    socket,
    syncStatus: { applied: 0, refused: 0 },
    received: [],
    denied: null,
    provider: new HocuspocusProvider({
      websocketProvider: socket,
      name: options.boardId,
      document: doc,
      token: socketToken(options),
      onAuthenticationFailed: ({ reason }) => {
        client.denied = { reason }
      },
    }),
    destroy() {
      client.provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
  client.provider.attach()
  return client
}
