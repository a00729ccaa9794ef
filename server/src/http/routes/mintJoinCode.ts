import { formatJoinCode, shortJoinUrl, type JoinCodeResponse } from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import { mintJoinCode } from '../../joinCodes/mintJoinCode'
import { JoinCodesBusy } from '../../joinCodes/JoinCodeStretcher'
import { HttpError } from '../HttpError'
import type { OriginPolicy } from '../originPolicy'
import type { RouteHandler } from '../router'
import { sendJson } from '../respond'
import { authorizeBoard, NO_SUCH_BOARD } from './boardAccess'

/**
 * `POST /api/boards/:id/join-code` with `Authorization: Bearer <editToken>` → 200 with the
 * board's join code and short link, stored if it was not yet (boards made before join codes
 * existed get theirs here). The same board always gets the same code, so the projector asks on
 * every load. A view token gets 403: a code stands for the edit token, which it does not hold.
 */
export function mintJoinCodeRoute(deps: {
  readonly store: BoardStore
  readonly origins: OriginPolicy
  readonly log: Logger
}): RouteHandler {
  // Each mint stretches the code (about 20 ms on the one stretching thread), so the requests for
  // one board that arrive while its mint runs share it: a room of projectors, or anyone holding
  // the link and asking in a loop, costs one stretch at a time. A board has one edit token, and
  // only a request that proved it gets here.
  const minting = new Map<string, Promise<string | null>>()
  const mintOnce = (boardId: string, token: string) => {
    let pending = minting.get(boardId)
    if (!pending) {
      pending = mintJoinCode(deps.store, boardId, token).finally(() => minting.delete(boardId))
      minting.set(boardId, pending)
    }
    return pending
  }

  return async ({ req, res, params }) => {
    const { board, access, token } = await authorizeBoard(req, res, deps.store, params.id)
    if (access !== 'edit') {
      throw new HttpError(403, 'Only the participant link can make a join code, not a view link.')
    }
    const origin = deps.origins.ownOrigin(req)
    if (!origin) throw new HttpError(400, 'The request has no usable Host header.')
    const code = await mintOnce(board.id, token).catch((error: unknown) => {
      if (error instanceof JoinCodesBusy) {
        throw new HttpError(503, 'The server is busy just now. Ask for the code again in a moment.')
      }
      throw error
    })
    if (code === null) throw new HttpError(404, NO_SUCH_BOARD)
    deps.log.debug({ boardId: board.id }, 'join code ready')
    const body: JoinCodeResponse = {
      joinCode: formatJoinCode(code),
      shortJoinUrl: shortJoinUrl(origin, code),
    }
    sendJson(res, 200, body)
  }
}
