import * as Y from 'yjs'
import WebSocket from 'ws'
import { HocuspocusProvider, HocuspocusProviderWebsocket, MessageType } from '@hocuspocus/provider'
import { COLLAB_PATH, PARTICIPANT_PARAM, composeSocketToken } from '@coboard/shared'
import { testDeviceKey } from './deviceKeys'

/** A real Hocuspocus client in Node, with a record of what the server told it. */
export interface TestClient {
  readonly doc: Y.Doc
  readonly provider: HocuspocusProvider
  readonly socket: HocuspocusProviderWebsocket
  /** Sync-status acks: `applied` counts updates the server took, `refused` those it did not. */
  readonly syncStatus: { applied: number; refused: number }
  /** Types of every message received, in order (see MessageType). */
  readonly received: MessageType[]
  /** Set when the server refused the connection, with its reason. */
  readonly denied: { reason: string } | null
  destroy(): void
}

export interface ConnectOptions {
  /** `http://127.0.0.1:<port>` of the server. */
  readonly url: string
  readonly boardId: string
  /** Edit or view token; null sends none. */
  readonly token: string | null
  readonly participantId?: string
  /**
   * The device key sent with the token; by default the participant's own (testDeviceKey), null
   * sends none.
   */
  readonly deviceKey?: string | null
  /** The socket class to connect with (e.g. one that records every frame); `ws` by default. */
  readonly WebSocket?: typeof WebSocket
}

/** Connects a provider through `ws` (Node has no global WebSocket) and starts syncing. */
export function connectClient(options: ConnectOptions): TestClient {
  const socketUrl = new URL(COLLAB_PATH, options.url)
  socketUrl.protocol = 'ws:'
  if (options.participantId) socketUrl.searchParams.set(PARTICIPANT_PARAM, options.participantId)
  const doc = new Y.Doc()
  const socket = new HocuspocusProviderWebsocket({
    url: socketUrl.toString(),
    WebSocketPolyfill: options.WebSocket ?? WebSocket,
    // Refused clients would otherwise retry forever; tests decide when to reconnect.
    maxAttempts: 1,
  })
  const syncStatus = { applied: 0, refused: 0 }
  const received: MessageType[] = []
  const client: { -readonly [K in keyof TestClient]: TestClient[K] } = {
    doc,
    socket,
    syncStatus,
    received,
    denied: null,
    provider: new HocuspocusProvider({
      websocketProvider: socket,
      name: options.boardId,
      document: doc,
      token: socketToken(options),
      onAuthenticationFailed: ({ reason }) => {
        client.denied = { reason }
      },
      onMessage: ({ message }) => {
        message.readVarString()
        const type = message.readVarUint()
        received.push(type)
        if (type === MessageType.SyncStatus) {
          if (message.readVarUint() === 1) syncStatus.applied += 1
          else syncStatus.refused += 1
        }
      },
    }),
    destroy() {
      client.provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
  // A provider handed a shared socket does not attach itself.
  client.provider.attach()
  return client
}

/** The token a participant's socket presents: the link's token and the device key. */
export function socketToken(options: ConnectOptions): string | null {
  if (options.token === null || !options.participantId) return options.token
  const key =
    options.deviceKey === undefined ? testDeviceKey(options.participantId) : options.deviceKey
  return composeSocketToken(options.token, key)
}

/** Connects and waits until the first sync with the server is done. */
export async function connectSynced(options: ConnectOptions): Promise<TestClient> {
  const client = connectClient(options)
  await waitFor(() => client.provider.synced, 10_000, 'the client to sync')
  return client
}

/** Waits until every local change of `client` has been acknowledged by the server. */
export function waitForAcked(client: TestClient): Promise<void> {
  return waitFor(() => client.provider.unsyncedChanges === 0, 10_000, 'the server to acknowledge')
}

/** Polls `condition` until it holds; fails after `timeoutMs` naming what it waited for. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'a condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await condition()) return
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
