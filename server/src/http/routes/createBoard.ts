import * as Y from 'yjs'
import type { z } from 'zod'
import {
  boardLinks,
  CreateBoardRequestSchema,
  initBoard,
  randomId,
  type CreateBoardResponse,
} from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import { hashToken, newToken } from '../../tokens'
import type { OriginPolicy } from '../originPolicy'
import type { RouteHandler } from '../router'
import { readJsonBody } from '../readJsonBody'
import { sendError, sendJson } from '../respond'

/** Length of a board id from randomId (about 70 bits). */
const BOARD_ID_LENGTH = 12

/**
 * `POST /api/boards` `{ title, purpose? }` → 201 with the board id, both tokens (shown this once;
 * only their hashes are stored) and the participant and projector links.
 */
export function createBoardRoute(deps: {
  readonly store: BoardStore
  readonly origins: OriginPolicy
  readonly log: Logger
}): RouteHandler {
  return async ({ req, res }) => {
    const parsed = CreateBoardRequestSchema.safeParse(await readJsonBody(req))
    if (!parsed.success) return sendError(res, 400, describeProblem(parsed.error))
    const origin = deps.origins.ownOrigin(req)
    if (!origin) return sendError(res, 400, 'The request has no usable Host header.')

    const id = randomId(BOARD_ID_LENGTH)
    const createdAt = Date.now()
    const editToken = newToken()
    const viewToken = newToken()
    const doc = new Y.Doc()
    initBoard(doc, { ...parsed.data, createdAt })
    const initialState = Y.encodeStateAsUpdate(doc)
    doc.destroy()
    await deps.store.createBoard(
      {
        id,
        title: parsed.data.title,
        editTokenHash: hashToken(editToken),
        viewTokenHash: hashToken(viewToken),
        createdAt,
      },
      initialState,
    )
    deps.log.info({ boardId: id }, 'board created')
    const body: CreateBoardResponse = {
      id,
      editToken,
      viewToken,
      ...boardLinks(origin, id, editToken, viewToken),
    }
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
