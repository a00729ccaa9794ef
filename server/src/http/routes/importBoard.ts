import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import type { BoardCreations } from '../../limits/BoardCreations'
import type { ImportsInFlight } from '../../limits/ImportsInFlight'
import { clientAddress } from '../../limits/clientAddress'
import { WorkersBusy, type BoardWorkers } from '../../workers/BoardWorkers'
import type { OriginPolicy } from '../originPolicy'
import type { RouteHandler } from '../router'
import { readJsonBytes } from '../readJsonBody'
import { sendError, sendJson, sendTooManyBoards, workersBusy } from '../respond'
import { saveNewBoard } from './saveNewBoard'

/**
 * Largest board file an import reads: 10,000 notes (the most a board holds) of about 300
 * characters each, or fewer with longer texts. A larger body is refused with 413 before it is
 * read, let alone parsed.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024

/** How long an address with an import under way is asked to wait (Retry-After). */
const IMPORT_UNDER_WAY_RETRY_SECONDS = 5

/**
 * `POST /api/boards/import` with a board file (`export.json`) as an application/json body → 201
 * with a new board that holds the same content, agenda, votes and agreements under a new id and
 * new tokens, answered like `POST /api/boards`. A file that is not a valid board file gets 400
 * with the reasons in words. The file is parsed, checked and made into a document on a worker
 * thread. Every import counts against the caller's allowance of new boards, valid or not, since
 * reading and checking the file is the cost; before its body is read, an address with none left
 * gets 429, so does one with an import still under way (ImportsInFlight), and every caller gets
 * 503 while the worker threads have a full queue or the store cannot write.
 */
export function importBoardRoute(deps: {
  readonly store: BoardStore
  readonly origins: OriginPolicy
  readonly creations: BoardCreations
  readonly inFlight: ImportsInFlight
  readonly workers: BoardWorkers
  readonly trustProxy: boolean
  readonly log: Logger
}): RouteHandler {
  return async ({ req, res }) => {
    const address = clientAddress(req, deps.trustProxy)
    const end = deps.inFlight.start(address)
    if (!end) {
      res.setHeader('Retry-After', String(IMPORT_UNDER_WAY_RETRY_SECONDS))
      return sendError(
        res,
        429,
        'A board file from this network is still being imported. Try again once it is done.',
      )
    }
    try {
      // Busy first: a request turned away for the server's sake costs the caller nothing.
      if (deps.workers.isFull) throw workersBusy(res)
      if (!deps.creations.take(address)) {
        return sendTooManyBoards(res, deps.creations.secondsToWait(address))
      }
      const body = await readJsonBytes(req, MAX_IMPORT_BYTES)
      const origin = deps.origins.ownOrigin(req)
      if (!origin) return sendError(res, 400, 'The request has no usable Host header.')
      const read = await deps.workers.readImport(body).catch((error: unknown) => {
        throw error instanceof WorkersBusy ? workersBusy(res) : error
      })
      if (!read.ok) return sendError(res, 400, read.error)

      const board = await saveNewBoard(deps.store, deps.log, read.states, {
        title: read.title,
        createdAt: Date.now(),
        origin,
      })
      // Counts only: the file's content and the old board's id stay out of the log.
      deps.log.info({ boardId: board.id, items: read.items }, 'board imported')
      sendJson(res, 201, board)
    } finally {
      end()
    }
  }
}
