import type { Participant, ParticipantId, RoleId } from './schema'

// A side is the roster's word, never an entry's. Stances and acceptances record the role their
// author had, but that field is as writable as any other, and an id that is not on the roster
// is nobody: readers take each voice's side from the roster and skip ids it does not hold.

/** The side of someone who has not chosen one (yet), and of an entry whose side is unreadable. */
export const FALLBACK_SIDE: RoleId = 'other'

/**
 * The side a participant acts for: the one they chose, or FALLBACK_SIDE while they have none.
 * Every verb that records a side (a note, a stance, the facilitation log) takes it from here.
 */
export function actingSide(role: RoleId | null | undefined): RoleId {
  return role || FALLBACK_SIDE
}

/** The board's roster: participant id → who they are. */
export type Roster = ReadonlyMap<ParticipantId, Participant>

/** One entry of a per-person map, with the side its author has on the roster. */
export interface Voice<T> {
  readonly participantId: ParticipantId
  readonly role: RoleId
  readonly value: T
}

/** The entries of `entries` whose participant is on `roster`, each with the roster's side. */
export function voicesOnRoster<T>(
  entries: ReadonlyMap<ParticipantId, T>,
  roster: Roster,
): Voice<T>[] {
  const voices: Voice<T>[] = []
  for (const [participantId, value] of entries) {
    const person = roster.get(participantId)
    if (person) voices.push({ participantId, role: person.role, value })
  }
  return voices
}
