import type { ServerResponse } from 'node:http'
import type { Hocuspocus } from '@hocuspocus/server'
import type { BoardStore } from '../../storage/BoardStore'
import { loadBoardSnapshot } from '../../board/loadBoardSnapshot'
import { HttpError } from '../HttpError'
import type { RouteHandler } from '../router'
import { authorizeBoard, NO_SUCH_BOARD } from './boardAccess'
import {
  EXPORT_FORMATS,
  formatTakesNames,
  isExportFormat,
  renderExport,
  type RenderedExport,
} from './exportFormats'
import { resolveReportNames } from './exportNames'

/**
 * What a rendered report or picture may do when a browser opens it: nothing but show itself.
 * No script, no request, a sandbox of its own origin; inline style is what the report is made of.
 */
const DOCUMENT_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  'sandbox',
].join('; ')

/**
 * `GET /api/boards/:id/export.<json|md|csv|svg|html>[?names=names|roles|anonymous]` with
 * `Authorization: Bearer <edit or view token>` → the board in that format as a download named
 * after its title. Registered on `/api/boards/:id/:file`: any other file name is 404, an
 * `export.` with an unknown extension 400. The live document is used when the board is loaded.
 */
export function exportBoardRoute(deps: {
  readonly store: BoardStore
  readonly hocuspocus: Hocuspocus
}): RouteHandler {
  return async ({ req, res, url, params }) => {
    const match = /^export\.(.*)$/s.exec(params.file)
    if (!match) throw new HttpError(404, 'There is no such API address.')
    const format = match[1]
    if (!isExportFormat(format)) {
      const known = EXPORT_FORMATS.map((ext) => `export.${ext}`).join(', ')
      throw new HttpError(400, `There is no such export format. Ask for one of ${known}.`)
    }
    const { access } = await authorizeBoard(req, res, deps.store, params.id)
    const requested = url.searchParams.get('names')
    if (requested !== null && !formatTakesNames(format)) {
      throw new HttpError(
        400,
        'The board file (JSON) keeps the whole board, names included; "names" applies to the ' +
          'report, the spreadsheet and the picture.',
      )
    }

    const board = await loadBoardSnapshot(params.id, deps.hocuspocus, deps.store)
    if (!board) throw new HttpError(404, NO_SUCH_BOARD)
    const names = resolveReportNames(requested, board.meta.reportNames, access)
    sendExport(res, renderExport(format, { boardId: params.id, board, names, now: new Date() }))
  }
}

function sendExport(res: ServerResponse, file: RenderedExport): void {
  res.statusCode = 200
  res.setHeader('Content-Type', file.contentType)
  res.setHeader('Content-Length', Buffer.byteLength(file.body))
  // exportFileName leaves only ASCII letters, digits, dashes, underscores and one dot.
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
  // Boards hold what people said; no cache along the way may keep a copy.
  res.setHeader('Cache-Control', 'no-store')
  if (file.isDocument) res.setHeader('Content-Security-Policy', DOCUMENT_POLICY)
  res.end(file.body)
}
