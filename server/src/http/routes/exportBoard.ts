import type { ServerResponse } from 'node:http'
import {
  EXPORT_FORMATS,
  formatTakesBackup,
  formatTakesNames,
  isExportFormat,
  type ExportFormat,
} from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { ExportCache } from '../../board/ExportCache'
import { clientAddress } from '../../limits/clientAddress'
import { tooManyExportsMessage, type ExportBudget } from '../../limits/ExportBudget'
import { WorkersBusy, type BoardWorkers } from '../../workers/BoardWorkers'
import type { RenderedFile } from '../../workers/boardTasks'
import { HttpError } from '../HttpError'
import type { RouteHandler } from '../router'
import { workersBusy } from '../respond'
import { authorizeBoard, NO_SUCH_BOARD } from './boardAccess'
import { readRequestedNames } from './exportNames'

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
 * after its title; `export.json?backup=full` with the edit token only → the full backup, which
 * keeps every name (a view token gets 403). Registered on `/api/boards/:id/:file`: any other file name is 404, an
 * `export.` with an unknown extension 400. Rendered from the stored board (which holds every
 * acknowledged edit) on a worker thread, kept for the next ask while the board does not change
 * (ExportCache); 429 with Retry-After past the caller's address's budget (ExportBudget), 503
 * with Retry-After while the worker threads have a full queue.
 */
export function exportBoardRoute(deps: {
  readonly store: BoardStore
  readonly workers: BoardWorkers
  readonly cache: ExportCache
  readonly budget: ExportBudget
  readonly trustProxy: boolean
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
      throw new HttpError(400, `"names" does not apply to export.${format}.`)
    }
    const requestedNames = readRequestedNames(requested)
    const fullBackup = readBackup(url.searchParams.get('backup'), format, requested)
    if (fullBackup && access !== 'edit') {
      throw new HttpError(
        403,
        'A full backup holds every name, whatever the board’s setting; only the participant ' +
          'link may ask for one. The board file without "backup" names people as the board does.',
      )
    }
    const wait = await deps.budget.take(clientAddress(req, deps.trustProxy))
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait))
      throw new HttpError(429, tooManyExportsMessage(wait))
    }

    const updates = await deps.store.loadUpdates(params.id)
    if (updates.length === 0) throw new HttpError(404, NO_SUCH_BOARD)
    const variant = `${requestedNames}/${access}${fullBackup ? '/full-backup' : ''}`
    const request = { boardId: params.id, updates, format, variant }
    const outcome = await deps.cache
      .get(request, () =>
        deps.workers.renderExport({
          ...request,
          requestedNames,
          access,
          fullBackup,
          now: Date.now(),
        }),
      )
      .catch((error: unknown) => {
        throw error instanceof WorkersBusy ? workersBusy(res) : error
      })
    if (!outcome) throw new HttpError(404, NO_SUCH_BOARD)
    if (!outcome.ok) throw new HttpError(outcome.status, outcome.error)
    sendExport(res, outcome.file)
  }
}

/**
 * Whether the request asks for a full backup (`?backup=full`, the board file only, without a
 * naming, which a full backup does not follow). Throws HttpError 400 otherwise.
 */
function readBackup(backup: string | null, format: ExportFormat, names: string | null): boolean {
  if (backup === null) return false
  if (backup !== 'full') throw new HttpError(400, '"backup" can only be "full".')
  if (!formatTakesBackup(format)) {
    throw new HttpError(400, 'A full backup is a board file: ask for export.json?backup=full.')
  }
  if (names !== null) {
    throw new HttpError(400, 'A full backup keeps every name; leave "names" out of it.')
  }
  return true
}

function sendExport(res: ServerResponse, file: RenderedFile): void {
  res.statusCode = 200
  res.setHeader('Content-Type', file.contentType)
  res.setHeader('Content-Length', file.body.byteLength)
  // exportFileName leaves only ASCII letters, digits, dashes, underscores and one dot.
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
  // Boards hold what people said; no cache along the way may keep a copy.
  res.setHeader('Cache-Control', 'no-store')
  if (file.isDocument) res.setHeader('Content-Security-Policy', DOCUMENT_POLICY)
  res.end(file.body)
}
