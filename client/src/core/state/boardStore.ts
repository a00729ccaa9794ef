import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  createBoardReader,
  type BoardSnapshot,
  type ItemId,
  type PresenceState,
} from '@coboard/shared'
import type { BoardConnection } from '../sync/connectBoard'
import type { ConnectionStatus } from '../sync/connectionStatus'
import {
  collectRemoteDrags,
  keepUnchangedUsers,
  readPresence,
  samePresence,
  sameRemoteDrag,
  shareUnchanged,
  type RemoteDrag,
} from './readPeers'
import { createPrivateOverlay } from './privateOverlay'

/** The read model of one open board. Nothing writes it but the document. */
export interface BoardState {
  readonly board: BoardSnapshot
  /** False until the board has arrived once; before that an empty board means "not loaded yet". */
  readonly loaded: boolean
  readonly connection: ConnectionStatus
}

/** Who else is here and what their hands are doing: awareness, never the document. */
export interface RoomPresence {
  /** Other connections' presence by awareness client id (this device excluded). */
  readonly peers: ReadonlyMap<number, PresenceState>
  readonly remoteDrags: ReadonlyMap<ItemId, RemoteDrag>
}

/**
 * The board's read model, with presence in a store of its own: cursors move twenty times a
 * second, and in one store every card's selectors would run each time (300 notes × a dozen
 * selectors). Apart, a cursor wakes only what reads presence.
 */
export type BoardStore = StoreApi<BoardState> & {
  readonly presence: StoreApi<RoomPresence>
  destroy(): void
}

type Source = Pick<BoardConnection, 'doc' | 'awareness' | 'status'> &
  Partial<Pick<BoardConnection, 'cache' | 'privateDoc'>>

/** Creates the board store and keeps it fed from `source` until `destroy()`. */
export function createBoardStore(source: Source): BoardStore {
  const { doc, awareness, status } = source
  const reader = createBoardReader(doc)
  const privateDoc = source.privateDoc ?? null
  const overlay = privateDoc ? createPrivateOverlay(privateDoc) : null
  overlay?.refresh()
  let read = reader.read()
  const readBoard = () => (overlay ? overlay.apply(read) : read)
  const readPeers = () => {
    const peers = new Map<number, PresenceState>()
    awareness.getStates().forEach((state, clientId) => {
      if (clientId !== doc.clientID) peers.set(clientId, readPresence(state))
    })
    return peers
  }
  const initialPeers = readPeers()
  const store = createStore<BoardState>()(() => ({
    board: readBoard(),
    loaded: status.get().kind === 'live',
    connection: status.get(),
  }))
  const presence = createStore<RoomPresence>()(() => ({
    peers: initialPeers,
    remoteDrags: collectRemoteDrags(initialPeers),
  }))

  let docDirty = false
  let wordsDirty = false
  let peersDirty = false
  let frame = 0
  let fallback: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    cancelAnimationFrame(frame)
    clearTimeout(fallback)
    frame = 0
    if (docDirty) read = reader.read()
    const wordsChanged = wordsDirty && overlay ? overlay.refresh() : false
    const board = docDirty || wordsChanged ? readBoard() : null
    const before = presence.getState()
    const peers = peersDirty
      ? shareUnchanged(before.peers, keepUnchangedUsers(before.peers, readPeers()), samePresence)
      : before.peers
    docDirty = wordsDirty = peersDirty = false
    if (board && board !== store.getState().board) store.setState({ board })
    // Unchanged peers and drags keep their identity, so a cursor moving re-renders nothing that
    // does not show that cursor.
    if (peers !== before.peers) {
      const drags = collectRemoteDrags(peers)
      presence.setState({
        peers,
        remoteDrags: shareUnchanged(before.remoteDrags, drags, sameRemoteDrag),
      })
    }
  }
  // Remote changes arrive in bursts; one render per frame is plenty. rAF stops in background
  // tabs, so a timer makes sure a hidden projector tab still catches up.
  const schedule = () => {
    if (frame) return
    frame = requestAnimationFrame(flush)
    fallback = setTimeout(flush, 100)
  }

  /** A document's update listener that marks what it changed and renders it. */
  const onChangeOf =
    (markDirty: () => void) =>
    (_update: Uint8Array, _origin: unknown, _doc: unknown, tr: { local: boolean }) => {
      markDirty()
      // Own edits flush at once: a textarea or a dropped note must never see its own change
      // late, or the editor would mistake the stale text for a remote edit and jump back.
      if (tr.local) flush()
      else schedule()
    }
  const onUpdate = onChangeOf(() => (docDirty = true))
  const onWords = onChangeOf(() => (wordsDirty = true))
  const onAwareness = ({ added, updated, removed }: Record<string, number[]>) => {
    const changed = [...added, ...updated, ...removed]
    if (changed.some((clientId) => clientId !== doc.clientID)) {
      peersDirty = true
      schedule()
    }
  }
  const stopStatus = status.subscribe((connection) => {
    // Flush pending document changes first, so "live" never shows a half-loaded board.
    if (docDirty || wordsDirty) flush()
    store.setState(connection.kind === 'live' ? { connection, loaded: true } : { connection })
  })
  doc.on('update', onUpdate)
  privateDoc?.on('update', onWords)
  awareness.on('change', onAwareness)
  // A board this device has cached counts as loaded before the server answers: offline, or on a
  // slow link, people keep working on what they had. An empty cache waits for the server.
  const stopCache = source.cache?.onLoaded(() => {
    if (docDirty) flush()
    if (store.getState().board.meta.createdAt > 0) store.setState({ loaded: true })
  })

  return {
    ...store,
    presence,
    destroy() {
      cancelAnimationFrame(frame)
      clearTimeout(fallback)
      doc.off('update', onUpdate)
      privateDoc?.off('update', onWords)
      awareness.off('change', onAwareness)
      stopStatus()
      stopCache?.()
      reader.destroy()
    },
  }
}
