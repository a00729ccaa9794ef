import type { IncomingMessage } from 'node:http'
import type { Hocuspocus } from '@hocuspocus/server'
import { BoardIdSchema, exportBoardJson } from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import { loadBoardSnapshot } from '../../board/loadBoardSnapshot'
import { matchToken } from '../../tokens'
import type { RouteHandler } from '../router'
import { sendError, sendJson } from '../respond'

/**
 * `GET /api/boards/:id/export.json` with `Authorization: Bearer <edit or view token>` → the
 * board's lossless JSON export, as a download named after the board.
 */
export function exportBoardRoute(deps: {
  readonly store: BoardStore
  readonly hocuspocus: Hocuspocus
}): RouteHandler {
  return async ({ req, res, params }) => {
    const id = params.id
    const board = BoardIdSchema.safeParse(id).success ? await deps.store.findBoard(id) : null
    if (!board) return sendError(res, 404, 'There is no board with this id.')
    const token = readBearerToken(req)
    if (token === null) {
      res.setHeader('WWW-Authenticate', 'Bearer')
      return sendError(
        res,
        401,
        'Send the board’s edit or view token as "Authorization: Bearer …".',
      )
    }
    if (!matchToken(token, board))
      return sendError(res, 403, 'This token does not open this board.')

    const snapshot = await loadBoardSnapshot(id, deps.hocuspocus, deps.store)
    if (!snapshot) return sendError(res, 404, 'There is no board with this id.')
    const fileName = toFileName(snapshot.meta.title)
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}.json"`)
    sendJson(res, 200, exportBoardJson(id, snapshot))
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
function readBearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')
  return match ? match[1] : null
}

/** A file name safe in a quoted header on every OS: letters, digits, `-` and `_` only. */
function toFileName(title: string): string {
  const safe = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return safe || 'board'
}
