import * as Y from 'yjs'
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider'
import {
  COLLAB_PATH,
  PARTICIPANT_PARAM,
  composeSocketToken,
  isDeviceRefusal,
  privateWordsDocName,
  type ParticipantId,
} from '@coboard/shared'
import { createStatusSource, type StatusSource } from './connectionStatus'
import { attachOfflineCache, type OfflineCache } from './offlineCache'

export interface ConnectBoardOptions {
  readonly boardId: string
  /** The token from the link's fragment: an edit token, or a view token for read-only. */
  readonly token: string
  readonly participantId: ParticipantId
  /** This device's key, which proves to the server that it may speak as `participantId`. */
  readonly deviceKey: string
  /** Defaults to this page's origin; tests and scripts may point elsewhere. */
  readonly origin?: string
  /**
   * Whether to open this person's private-words document beside the board (an edit link does;
   * a view link or the projector has none to open).
   */
  readonly privateWords?: boolean
}

/** Everything one open board needs from the network, released together by `destroy`. */
export interface BoardConnection {
  readonly doc: Y.Doc
  readonly provider: HocuspocusProvider
  readonly awareness: NonNullable<HocuspocusProvider['awareness']>
  readonly status: StatusSource
  /** This device's stored copy of the board, which keeps it usable without a connection. */
  readonly cache: OfflineCache
  /**
   * The words this person writes in a private stage, which the server lets no other device
   * read until reveal (privateWords.ts in shared); null for a read-only connection.
   */
  readonly privateDoc: Y.Doc | null
  destroy(): void
}

/** The collaboration websocket URL for this page (ws on http, wss on https). */
export function collabUrl(origin: string, participantId: ParticipantId): string {
  const url = new URL(COLLAB_PATH, origin)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.searchParams.set(PARTICIPANT_PARAM, participantId)
  return url.toString()
}

/** How often a device that went offline checks whether the network is back. */
const RECONNECT_CHECK_MS = 5000

/** Opens a board document and keeps it in sync with the server until `destroy()`. */
export function connectBoard(options: ConnectBoardOptions): BoardConnection {
  const doc = new Y.Doc()
  // The cache attaches before the provider, so a cached board renders at once (even with no
  // network at all) and edits made offline are stored as they happen and survive a reload.
  const cache = attachOfflineCache(doc, options.boardId)
  const status = createStatusSource(navigator.onLine ? { kind: 'connecting' } : { kind: 'offline' })
  const socket = new HocuspocusProviderWebsocket({
    url: collabUrl(options.origin ?? window.location.origin, options.participantId),
    // After a long outage the default back-off reaches 30 s between tries; a laptop back on
    // Wi-Fi should be live again within seconds, even where the browser never fires `online`.
    maxDelay: 8000,
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.boardId,
    document: doc,
    token: composeSocketToken(options.token, options.deviceKey),
    onStatus: ({ status: socketStatus }) => {
      if (socketStatus === 'disconnected') status.set({ kind: 'offline' })
      // An open socket is not live yet: the board counts as live only once it has synced. While
      // offline, each retry would flip the indicator to "connecting" and back; it stays offline.
      else if (status.get().kind !== 'offline') status.set({ kind: 'connecting' })
    },
    onSynced: ({ state }) => {
      if (state) status.set({ kind: 'live' })
    },
    onAuthenticationFailed: ({ reason }) => {
      status.set({ kind: 'refused', reason: reason || 'The server did not accept this link.' })
      // The socket would retry forever with the same bad token; stop it and keep the reason.
      socket.disconnect()
      // A refused link (revoked, or the board deleted) must not leave a readable copy behind;
      // a refused device still holds a good link, and its unsent edits stay.
      if (!isDeviceRefusal(reason)) void cache.clear()
    },
  })
  // A provider handed a shared socket does not attach itself; without this nothing is sent.
  provider.attach()
  const privateWords = options.privateWords
    ? openPrivateWords(socket, options, composeSocketToken(options.token, options.deviceKey))
    : null
  const awareness = provider.awareness
  if (!awareness) throw new Error('connectBoard needs awareness for presence and keep-alive')

  // An open socket can take half a minute to notice that Wi-Fi is gone (it waits for a missed
  // keep-alive), and edits made meanwhile would look "live". The browser knows sooner.
  // The socket is closed on purpose, so reconnecting is up to us: on `online`, and every few
  // seconds as a fallback for networks that come back without the browser saying so. The check
  // runs until the board is live again: `online` can come while the socket closed on `offline`
  // is still closing (without a network its closing handshake cannot finish), and connect() does
  // nothing for a socket that still counts as connected; once it has closed, the check connects.
  let retry: ReturnType<typeof setInterval> | undefined
  const goOnline = () => {
    if (status.get().kind === 'refused' || !navigator.onLine) return
    // Only a closed socket: connect() on an opening one would restart its attempt.
    if (socket.status === WebSocketStatus.Disconnected) void socket.connect()
  }
  const goOffline = () => {
    if (status.get().kind === 'refused') return
    status.set({ kind: 'offline' })
    socket.disconnect()
    clearInterval(retry)
    retry = setInterval(goOnline, RECONNECT_CHECK_MS)
  }
  const stopRetryingOnceLive = status.subscribe((next) => {
    if (next.kind !== 'live') return
    clearInterval(retry)
    retry = undefined
  })
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)

  return {
    doc,
    provider,
    awareness,
    status,
    cache,
    privateDoc: privateWords?.doc ?? null,
    destroy() {
      clearInterval(retry)
      stopRetryingOnceLive()
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      privateWords?.destroy()
      provider.destroy()
      socket.destroy()
      cache.destroy()
      doc.destroy()
    },
  }
}

/**
 * This person's private-words document, on the board's socket (Hocuspocus multiplexes them) and
 * with an offline copy of its own, so words written offline in a private stage survive a reload.
 * It carries no awareness: presence belongs to the board.
 */
function openPrivateWords(
  socket: HocuspocusProviderWebsocket,
  options: ConnectBoardOptions,
  token: string,
): { readonly doc: Y.Doc; destroy(): void } {
  const name = privateWordsDocName(options.boardId, options.participantId)
  const doc = new Y.Doc()
  const cache = attachOfflineCache(doc, name)
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    awareness: null,
    onAuthenticationFailed: ({ reason }) => {
      // Words the server will not take from this device must not stay readable on it either,
      // unless the refusal is about the device, which keeps its unsent words for when it may.
      if (!isDeviceRefusal(reason)) void cache.clear()
    },
  })
  provider.attach()
  return {
    doc,
    destroy() {
      provider.destroy()
      cache.destroy()
      doc.destroy()
    },
  }
}
