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
import { PresenceTally, presenceBytes } from '../collab/PresenceTally'
import type { LimitsConfig } from '../limits/LimitsConfig'

type PresenceLimits = Pick<
  LimitsConfig,
  'maxPresenceClientsPerConnection' | 'maxPresenceStateBytes' | 'maxPresenceBytesPerBoard'
>

/**
 * Keeps presence honest and small. A read-only connection (the projector) is never broadcast as
 * a peer, and an editor's `user` is always rewritten from its authenticated participant id and
 * the board's roster, so nobody can appear as someone else. Presence is fanned out to everyone
 * and handed whole to every newcomer, so a connection may speak for only a few client ids, and a
 * state past its size, or past what the board's presence may hold together, is dropped (the
 * connection's earlier state stays).
 */
export class Presence implements Extension {
  readonly extensionName = 'Presence'
  // First in every chain, so no later stateless handler ever sees a read-only sender.
  readonly priority = 1100

  constructor(private readonly limits: PresenceLimits) {}

  async beforeHandleAwareness(data: beforeHandleAwarenessPayload<BoardContext>): Promise<void> {
    const { connection, context, document, states } = data
    if (!connection) return // the server's own awareness
    if (connection.readOnly) {
      states.clear()
      return
    }
    const user = readUser(document, context?.participantId ?? null)
    const tally = PresenceTally.of(document)
    const own = document.getClients(connection)
    let owned = own.size
    let total = tally.total
    for (const [clientId, state] of states) {
      if (isOwnedByAnother(document, connection, clientId)) {
        states.delete(clientId)
        continue
      }
      if (user) state.user = user
      else delete state.user
      const isNew = !own.has(clientId)
      const bytes = presenceBytes(state)
      const nextTotal = total - tally.sizeOf(clientId) + bytes
      if (
        (isNew && owned >= this.limits.maxPresenceClientsPerConnection) ||
        bytes > this.limits.maxPresenceStateBytes ||
        nextTotal > this.limits.maxPresenceBytesPerBoard
      ) {
        states.delete(clientId)
        continue
      }
      if (isNew) owned += 1
      total = nextTotal
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
