import type { Access, ParticipantId } from '@coboard/shared'

/** What Auth learns about a connection; Hocuspocus hands it to every later hook as `context`. */
export interface BoardContext {
  readonly boardId: string
  /** Which token the connection presented: `view` connections are read-only. */
  readonly access: Access
  /** From the socket URL's `participant` parameter; null when missing or malformed. */
  readonly participantId: ParticipantId | null
}

const PARTICIPANT_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The participant id a socket URL names, or null when it names none or a malformed one. */
export function readParticipantId(value: string | null): ParticipantId | null {
  return value !== null && PARTICIPANT_ID.test(value) ? (value as ParticipantId) : null
}
