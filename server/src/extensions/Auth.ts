import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import {
  BoardIdSchema,
  PARTICIPANT_PARAM,
  readPrivateWordsDocName,
  readSocketToken,
  type DenialReason,
  type ParticipantId,
} from '@coboard/shared'
import type { BoardRecord, BoardStore } from '../storage/BoardStore'
import type { Logger } from '../logger'
import { hashToken, matchToken } from '../tokens'
import { AccessDenied } from '../collab/errors'
import { readParticipantId, type BoardContext } from '../collab/BoardContext'

/**
 * Admits a connection to a board when it presents the board's edit token (read-write) or view
 * token (read-only). Runs before Hocuspocus loads or sends anything, so a refused client receives
 * permission-denied and no board data. Tokens are compared by hash and never logged.
 *
 * An editor's socket that names a participant must also carry that device's key: the first
 * device to use a participant id on a board keeps it (the store holds only the key's hash), so
 * no other socket can write that person's roster entry, stances, acceptances or dots (OwnVoices).
 *
 * A private-words document (`<boardId>/private/<participantId>`) opens only for the edit token
 * and only for the device bound to that participant: not a view link, not the projector, not a
 * socket that names the author without the author's device key.
 */
export class Auth implements Extension {
  readonly extensionName = 'Auth'

  constructor(
    private readonly store: BoardStore,
    private readonly log: Logger,
  ) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<BoardContext> {
    const { documentName, connectionConfig, requestParameters } = data
    const { token, deviceKey } = readSocketToken(data.token)
    const privateWords = readPrivateWordsDocName(documentName)
    const boardId = privateWords?.boardId ?? documentName
    const board = BoardIdSchema.safeParse(boardId).success
      ? await this.store.findBoard(boardId)
      : null
    if (!board) return this.deny('unknown-board', null)
    const access = matchToken(token, board)
    if (!access) return this.deny(token === '' ? 'missing-token' : 'invalid-token', board.id)

    connectionConfig.readOnly = access === 'view'
    const named = readParticipantId(requestParameters.get(PARTICIPANT_PARAM))
    if (privateWords && (access !== 'edit' || named !== privateWords.participantId)) {
      return this.deny('not-your-words', board.id)
    }
    // A view connection writes nothing, so whom it names does not need proving.
    const participantId =
      named && access === 'edit' ? await this.bindDevice(board, named, deviceKey) : named
    this.log.debug(
      { boardId: board.id, access, privateWords: !!privateWords },
      'connection admitted',
    )
    return { boardId: board.id, access, participantId }
  }

  /** `participantId` once this device has proved it may speak for them; throws otherwise. */
  private async bindDevice(
    board: BoardRecord,
    participantId: ParticipantId,
    deviceKey: string | null,
  ): Promise<ParticipantId> {
    if (deviceKey === null) return this.deny('missing-device-key', board.id)
    const binding = await this.store.bindDevice(board.id, participantId, hashToken(deviceKey))
    if (binding === 'own') return participantId
    if (binding === 'no-board') return this.deny('unknown-board', board.id)
    return this.deny(binding === 'full' ? 'too-many-devices' : 'participant-taken', board.id)
  }

  private deny(reason: DenialReason, boardId: string | null): never {
    // The document name of an unknown board is attacker-chosen text: it is not logged.
    this.log.info({ boardId, reason }, 'connection refused')
    throw new AccessDenied(reason)
  }
}
