import type { IncomingMessage, ServerResponse } from 'node:http'
import { BoardIdSchema, type Access } from '@coboard/shared'
import type { BoardRecord, BoardStore } from '../../storage/BoardStore'
import { matchToken } from '../../tokens'
import { HttpError } from '../HttpError'

/** The answer for an unknown board, a malformed id and a board deleted meanwhile alike. */
export const NO_SUCH_BOARD = 'There is no board with this id.'

/** A request's board, what its token opens, and the token itself (a join code seals it). */
export interface BoardAccess {
  readonly board: BoardRecord
  readonly access: Access
  readonly token: string
}

/**
 * The board a request names and what its `Authorization: Bearer <token>` opens. Throws HttpError
 * 404 for a malformed or unknown id, 401 (with `WWW-Authenticate`) when no token is sent and 403
 * for a token that is neither the board's edit nor its view token. The id is checked first, so
 * a probe without a token learns nothing more than one with a wrong token.
 */
export async function authorizeBoard(
  req: IncomingMessage,
  res: ServerResponse,
  store: BoardStore,
  id: string,
): Promise<BoardAccess> {
  const board = BoardIdSchema.safeParse(id).success ? await store.findBoard(id) : null
  if (!board) throw new HttpError(404, NO_SUCH_BOARD)
  const token = readBearerToken(req)
  if (token === null) {
    res.setHeader('WWW-Authenticate', 'Bearer')
    throw new HttpError(401, 'Send the board’s edit or view token as "Authorization: Bearer …".')
  }
  const access = matchToken(token, board)
  if (!access) throw new HttpError(403, 'This token does not open this board.')
  return { board, access, token }
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
function readBearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')
  return match ? match[1] : null
}
