import type { Access } from '@coboard/shared'
import { createBoardStore, type BoardStore } from './state/boardStore'
import { createUiStore, type UiStore } from './state/uiStore'
import { deviceKey } from './state/meStorage'
import { createBoardActions, type BoardActions } from './actions/boardActions'
import { connectBoard, type BoardConnection } from './sync/connectBoard'
import { createCoproductionActions, type CoproductionActions } from './actions/coproductionActions'
import { createFacilitationActions, type FacilitationActions } from './actions/facilitationActions'
import { createPresence, type Presence } from './sync/presence'
import { watchServerNotices } from './sync/serverNotices'
import { createUndoHistory, type UndoHistory } from './sync/undo'

/** One open board on this device: the connection, both stores, the verbs and presence. */
export interface BoardSession {
  readonly boardId: string
  /** A view link (or the projector) can look but not write; the server enforces it too. */
  readonly readOnly: boolean
  readonly connection: BoardConnection
  readonly board: BoardStore
  readonly ui: UiStore
  readonly actions: BoardActions
  /** Hat, agenda, timer, votes, clusters and follow: the verbs of running the workshop together. */
  readonly facilitation: FacilitationActions
  /** Reframes, outcomes and each side's acceptance and agreement: the verbs of co-producing. */
  readonly coproduction: CoproductionActions
  readonly presence: Presence
  /** Tags this device's transactions, for an UndoManager's `trackedOrigins`. */
  readonly origin: object
  /** Undo and redo of this device's own changes (see sync/undo.ts). */
  readonly undo: UndoHistory
  destroy(): void
}

export interface OpenBoardOptions {
  readonly boardId: string
  readonly access: Access
  readonly token: string
  /** Forces read-only even with an edit token (the projector route). */
  readonly readOnly?: boolean
}

/** Connects to a board and wires the stores to it; `destroy()` releases all of it. */
export function openBoardSession(options: OpenBoardOptions): BoardSession {
  const ui = createUiStore(options.boardId)
  const connection = connectBoard({
    boardId: options.boardId,
    token: options.token,
    participantId: ui.getState().me.participantId,
    deviceKey: deviceKey(),
    privateWords: options.access === 'edit' && options.readOnly !== true,
  })
  const board = createBoardStore(connection)
  const origin = { source: 'coboard-local' }
  const presence = createPresence(connection.awareness)
  const facilitation = createFacilitationActions(connection, ui, board, origin)
  const undo = createUndoHistory(connection.doc, origin, connection.privateDoc)
  // Watched on every screen; the projector, in front of a room, just does not show them.
  const stopNotices = watchServerNotices(connection.provider, ui.getState().showNotice)
  return {
    boardId: options.boardId,
    readOnly: options.readOnly === true || options.access === 'view',
    connection,
    board,
    ui,
    actions: createBoardActions(connection.doc, ui, origin, connection.privateDoc),
    facilitation,
    coproduction: createCoproductionActions(connection.doc, ui, origin, connection.privateDoc),
    presence,
    origin,
    undo,
    destroy() {
      stopNotices()
      undo.destroy()
      facilitation.destroy()
      presence.destroy()
      board.destroy()
      connection.destroy()
    },
  }
}
