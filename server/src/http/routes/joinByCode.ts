import {
  formatJoinCode,
  JoinRequestSchema,
  normaliseJoinCode,
  participantLink,
  type JoinResponse,
} from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import { openJoinCode, type OpenedJoinCode } from '../../joinCodes/openJoinCode'
import { JoinCodesBusy } from '../../joinCodes/JoinCodeStretcher'
import type { JoinAttempts } from '../../limits/JoinAttempts'
import { clientAddress } from '../../limits/clientAddress'
import type { OriginPolicy } from '../originPolicy'
import type { RouteHandler } from '../router'
import { readJsonBody } from '../readJsonBody'
import { sendError, sendJson } from '../respond'

const NOT_A_CODE = 'A join code has 8 letters and digits, like K7QM-3XPA.'

/**
 * `POST /api/join` `{ code }` → 200 `{ boardId, editToken, participantUrl }` for the board the
 * join code stands for; 404 for a code no board has, 400 for text that is not a join code, 429
 * with Retry-After once the caller's address has tried too often (limits/JoinAttempts.ts; an
 * address's lookups wait in line, one at a time), 503 with Retry-After when the stretching
 * thread's queue is full. The answer is never cached, and neither the code nor the token is
 * logged: only the board id.
 */
export function joinByCodeRoute(deps: {
  readonly store: BoardStore
  readonly origins: OriginPolicy
  readonly attempts: JoinAttempts
  /** Count the address from X-Forwarded-For (TRUST_PROXY), as the socket limits do. */
  readonly trustProxy: boolean
  readonly log: Logger
}): RouteHandler {
  return async ({ req, res }) => {
    const parsed = JoinRequestSchema.safeParse(await readJsonBody(req))
    if (!parsed.success) {
      return sendError(
        res,
        400,
        'The request body must be a JSON object like {"code": "K7QM-3XPA"}.',
      )
    }
    const code = normaliseJoinCode(parsed.data.code)
    if (code === null) return sendError(res, 400, NOT_A_CODE)
    const origin = deps.origins.ownOrigin(req)
    if (!origin) return sendError(res, 400, 'The request has no usable Host header.')

    const admission = await deps.attempts.admit(clientAddress(req, deps.trustProxy))
    if (admission.kind === 'refused') {
      const wait = admission.retryAfterSeconds
      res.setHeader('Retry-After', String(wait))
      return sendError(
        res,
        429,
        `Too many tries from this network just now. Wait ${wait} ${wait === 1 ? 'second' : 'seconds'}, then try again.`,
      )
    }
    let opened: OpenedJoinCode | null
    try {
      opened = await openJoinCode(deps.store, code)
    } catch (error) {
      admission.settle(false)
      if (!(error instanceof JoinCodesBusy)) throw error
      res.setHeader('Retry-After', '1')
      return sendError(res, 503, 'The server is busy just now. Try the code again in a moment.')
    }
    admission.settle(opened === null)
    if (!opened) {
      return sendError(
        res,
        404,
        `No board has the join code ${formatJoinCode(code)}. Check the code on the projector.`,
      )
    }
    deps.log.info({ boardId: opened.boardId }, 'joined with a join code')
    const body: JoinResponse = {
      boardId: opened.boardId,
      editToken: opened.editToken,
      participantUrl: participantLink(origin, opened.boardId, opened.editToken),
    }
    sendJson(res, 200, body)
  }
}
