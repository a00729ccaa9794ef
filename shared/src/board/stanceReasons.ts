import { voicesOnRoster, type Roster } from './voices'
import type { Outcome, ParticipantId, RoleId } from './schema'

/** A reason someone gave with a concern or an objection. */
export interface StanceReason {
  readonly participantId: ParticipantId
  /** The side the roster gives its author, never the side the entry claims. */
  readonly role: RoleId
  readonly stance: 'concerns' | 'object'
  readonly note: string
  readonly at: number
}

/**
 * The reasons given with concerns and objections on an outcome, objections first, then oldest
 * first: an objection blocks the room, so whoever reads only the first line reads what blocks.
 * Only people on the roster count, as for the stances themselves; a stance without words has
 * no reason to show. Concerns on an outcome every side agrees with are kept too: agreeing with
 * a worry is still a worry the group should carry.
 */
export function stanceReasons(outcome: Outcome, roster: Roster): StanceReason[] {
  const reasons: StanceReason[] = []
  for (const { participantId, role, value } of voicesOnRoster(outcome.agreement, roster)) {
    const note = value.note.trim()
    if (value.stance === 'agree' || note === '') continue
    reasons.push({ participantId, role, stance: value.stance, note, at: value.at })
  }
  const weight = (reason: StanceReason) => (reason.stance === 'object' ? 0 : 1)
  return reasons.sort(
    (a, b) =>
      weight(a) - weight(b) ||
      a.at - b.at ||
      (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0),
  )
}
