import * as Y from 'yjs'
import WebSocket from 'ws'
import type { Awareness } from 'y-protocols/awareness'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebsocketProvider } from 'y-websocket'
import { COLLAB_PATH, PARTICIPANT_PARAM } from '@coboard/shared'
import type { ServerKind } from '../config'
import type { BoardRef } from '../servers/launch'
import { benchSocketToken } from './protocol'

// One simulated participant's connection, through the provider a real client of that server
// uses: Hocuspocus's provider for A and B (set up as client/src/core/sync/connectBoard.ts does), and
// y-websocket's WebsocketProvider for C. Node 20 has no global WebSocket, so `ws` stands in.

/** A live connection to one board. */
export interface Connection {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  /** Resolves once the first sync with the server is complete. */
  readonly synced: Promise<void>
  /** Whether the server acknowledges updates (the Hocuspocus protocol's sync status). */
  readonly acknowledges: boolean
  /**
   * Calls `listener` with the number of updates sent but not yet acknowledged, each time it
   * changes. The server acknowledges in order, so the oldest outstanding update is the next.
   */
  onOutstanding(listener: (count: number) => void): void
  /** Calls `listener` each time the socket closes after it had synced. */
  onDrop(listener: () => void): void
  destroy(): void
}

/**
 * Opens a connection of the kind `kind`'s clients use. `Socket` stands in for `ws` on Hocuspocus
 * servers, for a caller that needs the socket itself (to count its bytes).
 */
export function connect(
  kind: ServerKind,
  port: number,
  board: BoardRef,
  participantId: string,
  Socket: typeof WebSocket = WebSocket,
): Connection {
  return kind === 'ywebsocket'
    ? connectYWebsocket(port, board)
    : connectHocuspocus(kind, port, board, participantId, Socket)
}

function connectHocuspocus(
  kind: ServerKind,
  port: number,
  board: BoardRef,
  participantId: string,
  Socket: typeof WebSocket,
): Connection {
  const doc = new Y.Doc()
  const url = new URL(`ws://127.0.0.1:${port}`)
  if (kind === 'coboard') {
    url.pathname = COLLAB_PATH
    url.searchParams.set(PARTICIPANT_PARAM, participantId)
  }
  const socket = new HocuspocusProviderWebsocket({
    url: url.toString(),
    WebSocketPolyfill: Socket,
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: board.name,
    document: doc,
    token: benchSocketToken(kind === 'coboard', board.token, participantId),
  })
  // A provider handed a socket does not attach itself (see connectBoard.ts).
  provider.attach()
  const awareness = provider.awareness
  if (!awareness) throw new Error('the provider was created without awareness')
  if (!KEEP_PROVIDER_EVENTS) detachStateArrays(awareness, provider.boundAwarenessUpdateHandler)
  let wasSynced = false
  const synced = new Promise<void>((resolve) => {
    provider.on('synced', ({ state }: { state: boolean }) => {
      if (!state) return
      wasSynced = true
      resolve()
    })
  })
  return {
    doc,
    awareness,
    synced,
    acknowledges: true,
    onOutstanding(listener) {
      provider.on('unsyncedChanges', ({ number }: { number: number }) => listener(number))
    },
    onDrop(listener) {
      socket.on('status', ({ status }: { status: string }) => {
        if (status === 'disconnected' && wasSynced) listener()
      })
    },
    destroy() {
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
}

/** BENCH_PROVIDER_EVENTS=1 keeps the Hocuspocus provider's awareness re-emitters (see below). */
const KEEP_PROVIDER_EVENTS = process.env.BENCH_PROVIDER_EVENTS === '1'

/**
 * The Hocuspocus provider re-emits every awareness message as an array of all N states, twice
 * (awarenessUpdate, awarenessChange), for UI listeners. A browser tab pays that once; hundreds of
 * simulated tabs sharing two cores with the server cannot, and nothing here listens. So those
 * two listeners are detached. The provider still applies every message and sends its own state,
 * so the server's work and the bytes on the wire do not change.
 */
function detachStateArrays(awareness: Awareness, keep: unknown): void {
  // lib0's Observable keeps its listeners in `_observers`; the provider's are anonymous.
  const observers = (awareness as unknown as { _observers: Map<string, Set<unknown>> })._observers
  for (const name of ['update', 'change']) {
    for (const listener of [...(observers.get(name) ?? [])]) {
      if (listener !== keep) observers.get(name)?.delete(listener)
    }
  }
}

function connectYWebsocket(port: number, board: BoardRef): Connection {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, board.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one process would hand each other
    // updates directly and the server would not be measured.
    disableBc: true,
  })
  let wasSynced = false
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (isSynced: boolean) => {
      if (!isSynced) return
      wasSynced = true
      resolve()
    })
  })
  return {
    doc,
    awareness: provider.awareness,
    synced,
    acknowledges: false,
    onOutstanding() {},
    onDrop(listener) {
      provider.on('status', ({ status }: { status: string }) => {
        if (status === 'disconnected' && wasSynced) listener()
      })
    },
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}
