import type { Hocuspocus } from '@hocuspocus/server'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import { BoardDeleted, readPrivateWordsDocName, type CloseCode } from '@coboard/shared'
import { HttpError } from '../HttpError'
import type { RouteHandler } from '../router'
import { authorizeBoard, NO_SUCH_BOARD } from './boardAccess'

/**
 * How the sockets of a deleted board are closed. The reason is the stable key the client
 * matches to show "This board was deleted" (BoardDeleted's own reason is words, and a Hocuspocus
 * close message reaches the provider with its reason only, never its code).
 */
export const BOARD_DELETED_CLOSE: CloseCode = { code: BoardDeleted.code, reason: 'board-deleted' }

/**
 * `DELETE /api/boards/:id` with `Authorization: Bearer <editToken>` → 204 once the board is gone
 * for good: its rows are deleted, everyone connected is told and cut off, and the document is
 * dropped from memory without being written again. Both tokens stop working at once. A view
 * token gets 403: the projector link cannot delete.
 */
export function deleteBoardRoute(deps: {
  readonly store: BoardStore
  readonly hocuspocus: Hocuspocus
  readonly log: Logger
  /** Drops whatever else the server keeps of the board (its rendered exports). */
  readonly forget?: (boardId: string) => void
}): RouteHandler {
  return async ({ req, res, params }) => {
    const { board, access } = await authorizeBoard(req, res, deps.store, params.id)
    if (access !== 'edit') {
      throw new HttpError(403, 'Only the participant link can delete a board, not a view link.')
    }
    // Rows first: from here on Auth refuses the tokens, and whatever Persistence still tries to
    // write (an update in flight, the pending compaction) finds no board and writes nothing.
    if (!(await deps.store.deleteBoard(board.id))) throw new HttpError(404, NO_SUCH_BOARD)
    closeLiveBoard(deps.hocuspocus, board.id)
    deps.forget?.(board.id)
    deps.log.info({ boardId: board.id }, 'board deleted')
    res.statusCode = 204
    res.setHeader('Cache-Control', 'no-store')
    res.end()
  }
}

/**
 * Tells every connection of a loaded board, and of its people's private-words documents, that
 * it is gone, closes them and unloads the documents.
 */
function closeLiveBoard(hocuspocus: Hocuspocus, boardId: string): void {
  for (const name of hocuspocus.documents.keys()) {
    if (name === boardId || readPrivateWordsDocName(name)?.boardId === boardId) {
      closeLiveDocument(hocuspocus, name)
    }
  }
}

function closeLiveDocument(hocuspocus: Hocuspocus, boardId: string): void {
  const document = hocuspocus.documents.get(boardId)
  if (!document) return
  for (const connection of document.getConnections()) {
    // The close message reaches this board's provider even when its socket carries others; the
    // socket is closed too, so a client that missed the message reconnects and is refused.
    connection.close(BOARD_DELETED_CLOSE)
    connection.webSocket.close(BOARD_DELETED_CLOSE.code, BOARD_DELETED_CLOSE.reason)
  }
  // Hocuspocus unloads a board only once no store is pending. Running the pending one now lets
  // Persistence find the rows gone (it writes nothing and marks the board deleted) and unload it.
  const pendingStore = `onStoreDocument-${boardId}`
  if (hocuspocus.debouncer.isDebounced(pendingStore)) {
    void hocuspocus.debouncer.executeNow(pendingStore)
  } else {
    void hocuspocus.unloadDocument(document)
  }
}
