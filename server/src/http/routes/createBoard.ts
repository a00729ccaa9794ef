import * as Y from 'yjs'
import { z } from 'zod'
import {
  applyTemplate,
  CreateBoardRequestSchema,
  getTemplate,
  initBoard,
  TEMPLATE_IDS,
} from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import type { BoardCreations } from '../../limits/BoardCreations'
import { clientAddress } from '../../limits/clientAddress'
import type { OriginPolicy } from '../originPolicy'
import type { RouteHandler } from '../router'
import { readJsonBody } from '../readJsonBody'
import { sendError, sendJson, sendTooManyBoards } from '../respond'
import { saveNewBoard } from './saveNewBoard'

/** The request plus the agenda to start from; without `template`, the co-production one. */
const CreateBoardBodySchema = CreateBoardRequestSchema.extend({
  template: z
    .enum(TEMPLATE_IDS, {
      error: `must be one of ${TEMPLATE_IDS.map((id) => `"${id}"`).join(', ')}`,
    })
    .default('co-production'),
})

/**
 * `POST /api/boards` `{ title, purpose?, template? }` → 201 with the board id, both tokens (shown
 * this once; only their hashes are stored) and the participant and projector links; 429 with
 * Retry-After once the caller's address has created its allowance of boards (BoardCreations);
 * 503 with words while the store cannot write.
 */
export function createBoardRoute(deps: {
  readonly store: BoardStore
  readonly origins: OriginPolicy
  readonly creations: BoardCreations
  readonly trustProxy: boolean
  readonly log: Logger
}): RouteHandler {
  return async ({ req, res }) => {
    const parsed = CreateBoardBodySchema.safeParse(await readJsonBody(req))
    if (!parsed.success) return sendError(res, 400, describeProblem(parsed.error))
    const origin = deps.origins.ownOrigin(req)
    if (!origin) return sendError(res, 400, 'The request has no usable Host header.')
    // Counted once the request is known to be good, so a typo costs the caller nothing.
    const address = clientAddress(req, deps.trustProxy)
    if (!deps.creations.take(address)) {
      return sendTooManyBoards(res, deps.creations.secondsToWait(address))
    }

    const createdAt = Date.now()
    const doc = new Y.Doc()
    const { template, ...board } = parsed.data
    initBoard(doc, { ...board, createdAt })
    applyTemplate(doc, getTemplate(template))
    const body = await saveNewBoard(deps.store, deps.log, doc, {
      title: parsed.data.title,
      createdAt,
      origin,
    }).finally(() => doc.destroy())
    deps.log.info({ boardId: body.id }, 'board created')
    sendJson(res, 201, body)
  }
}

/** The first problem with the request body, in words. */
function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue || issue.path.length === 0) {
    return 'The request body must be a JSON object like {"title": "Our workshop"}.'
  }
  const field = issue.path.join('.')
  if (issue.code === 'invalid_type') return `"${field}" must be a ${issue.expected}.`
  return `"${field}": ${issue.message}.`
}
