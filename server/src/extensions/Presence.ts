import type {
  beforeHandleAwarenessPayload,
  Connection,
  Document,
  Extension,
  onStatelessPayload,
} from '@hocuspocus/server'
import {
  getBoardRoots,
  readParticipant,
  type ParticipantId,
  type PresenceUser,
} from '@coboard/shared'
import type { BoardContext } from '../collab/BoardContext'
import { StopHooks } from '../collab/errors'

/**
 * Keeps presence honest. A read-only connection (the projector) is never broadcast as a peer,
 * and an editor's `user` is always rewritten from its authenticated participant id and the
 * board's roster, so nobody can appear as someone else.
 */
export class Presence implements Extension {
  readonly extensionName = 'Presence'
  // First in every chain, so no later stateless handler ever sees a read-only sender.
  readonly priority = 1100

  async beforeHandleAwareness(data: beforeHandleAwarenessPayload<BoardContext>): Promise<void> {
    const { connection, context, document, states } = data
    if (!connection) return // the server's own awareness
    if (connection.readOnly) {
      states.clear()
      return
    }
    const user = readUser(document, context?.participantId ?? null)
    for (const [clientId, state] of states) {
      if (isOwnedByAnother(document, connection, clientId)) {
        states.delete(clientId)
      } else if (user) {
        state.user = user
      } else {
        delete state.user
      }
    }
  }

  async onStateless({ connection }: onStatelessPayload): Promise<void> {
    if (connection.readOnly) throw new StopHooks()
  }
}

/** Who `participantId` is on this board; role '' until they have joined the roster. */
function readUser(document: Document, participantId: ParticipantId | null): PresenceUser | null {
  if (!participantId) return null
  const entry = getBoardRoots(document).participants.get(participantId)
  const participant = readParticipant(participantId, entry)
  return { participantId, name: participant?.name ?? '', role: participant?.role ?? '' }
}

/** Whether a client id already speaks for another connection, which this one may not overwrite. */
function isOwnedByAnother(document: Document, connection: Connection, clientId: number): boolean {
  for (const [other, { clients }] of document.connections) {
    if (other !== connection && clients.has(clientId)) return true
  }
  return false
}
