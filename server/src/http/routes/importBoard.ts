import * as Y from 'yjs'
import { buildBoardFromExport, parseBoardExport } from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import { storeNewBoard } from '../../board/storeNewBoard'
import type { BoardCreations } from '../../limits/BoardCreations'
import { clientAddress } from '../../limits/clientAddress'
import type { OriginPolicy } from '../originPolicy'
import type { RouteHandler } from '../router'
import { readJsonBody } from '../readJsonBody'
import { sendError, sendJson, sendTooManyBoards } from '../respond'

/**
 * Largest board file an import reads. A board at every import limit with long texts stays well
 * under it; a larger body is refused with 413 before it is read, let alone parsed.
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024

/**
 * `POST /api/boards/import` with a board file (`export.json`) as an application/json body → 201
 * with a new board that holds the same content, agenda, votes and agreements under a new id and
 * new tokens, answered like `POST /api/boards`. A file that is not a valid board file gets 400
 * with the reasons in words. Every import counts against the caller's allowance of new boards,
 * valid or not, since reading and checking the file is the cost; an address with none left gets
 * 429 before its body is read.
 */
export function importBoardRoute(deps: {
  readonly store: BoardStore
  readonly origins: OriginPolicy
  readonly creations: BoardCreations
  readonly trustProxy: boolean
  readonly log: Logger
}): RouteHandler {
  return async ({ req, res }) => {
    const address = clientAddress(req, deps.trustProxy)
    if (!deps.creations.take(address)) {
      return sendTooManyBoards(res, deps.creations.secondsToWait(address))
    }
    const parsed = parseBoardExport(await readJsonBody(req, MAX_IMPORT_BYTES))
    if (!parsed.ok) return sendError(res, 400, parsed.error)
    const origin = deps.origins.ownOrigin(req)
    if (!origin) return sendError(res, 400, 'The request has no usable Host header.')

    const file = parsed.value
    const doc = new Y.Doc()
    try {
      buildBoardFromExport(file, doc)
      const body = await storeNewBoard(deps.store, doc, {
        title: file.board.title.trim() || 'Imported board',
        createdAt: Date.now(),
        origin,
      })
      // Counts only: the file's content and the old board's id stay out of the log.
      deps.log.info({ boardId: body.id, items: file.items.length }, 'board imported')
      sendJson(res, 201, body)
    } finally {
      doc.destroy()
    }
  }
}
