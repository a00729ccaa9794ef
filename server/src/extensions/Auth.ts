import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import { BoardIdSchema, PARTICIPANT_PARAM } from '@coboard/shared'
import type { BoardStore } from '../storage/BoardStore'
import type { Logger } from '../logger'
import { matchToken } from '../tokens'
import { AccessDenied } from '../collab/errors'
import { readParticipantId, type BoardContext } from '../collab/BoardContext'

/**
 * Admits a connection to a board when it presents the board's edit token (read-write) or view
 * token (read-only). Runs before Hocuspocus loads or sends anything, so a refused client receives
 * permission-denied and no board data. Tokens are compared by hash and never logged.
 */
export class Auth implements Extension {
  readonly extensionName = 'Auth'

  constructor(
    private readonly store: BoardStore,
    private readonly log: Logger,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<BoardContext> {
    const { documentName, token, connectionConfig, requestParameters } = data
    const board = BoardIdSchema.safeParse(documentName).success
      ? await this.store.findBoard(documentName)
      : null
    if (!board) return this.deny('unknown-board', null)
    const access = matchToken(token, board)
    if (!access) return this.deny(token === '' ? 'missing-token' : 'invalid-token', board.id)

    connectionConfig.readOnly = access === 'view'
    const participantId = readParticipantId(requestParameters.get(PARTICIPANT_PARAM))
    this.log.debug({ boardId: board.id, access, participantId }, 'connection admitted')
    return { boardId: board.id, access, participantId }
  }

  private deny(reason: AccessDenied['reason'], boardId: string | null): never {
    // The document name of an unknown board is attacker-chosen text: it is not logged.
    this.log.info({ boardId, reason }, 'connection refused')
    throw new AccessDenied(reason)
  }
}
