import type { Access } from '@coboard/shared'
import { createBoardStore, type BoardStore } from '../state/boardStore'
import { createUiStore, type UiStore } from '../state/uiStore'
import { createBoardActions, type BoardActions } from './boardActions'
import { connectBoard, type BoardConnection } from './connectBoard'
import { createPresence, type Presence } from './presence'

/** One open board on this device: the connection, both stores, the verbs and presence. */
export interface BoardSession {
  readonly boardId: string
  /** A view link (or the projector) can look but not write; the server enforces it too. */
  readonly readOnly: boolean
  readonly connection: BoardConnection
  readonly board: BoardStore
  readonly ui: UiStore
  readonly actions: BoardActions
  readonly presence: Presence
  /** Tags this device's transactions, for an UndoManager's `trackedOrigins`. */
  readonly origin: object
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
  })
  const board = createBoardStore(connection)
  const origin = { source: 'coboard-local' }
  const presence = createPresence(connection.awareness)
  return {
    boardId: options.boardId,
    readOnly: options.readOnly === true || options.access === 'view',
    connection,
    board,
    ui,
    actions: createBoardActions(connection.doc, ui, origin),
    presence,
    origin,
    destroy() {
      presence.destroy()
      board.destroy()
      connection.destroy()
    },
  }
}
