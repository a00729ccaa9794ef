import type { BoardSnapshot, FacilitationEvent, ParticipantId } from '@coboard/shared'
import type { Activity } from './compose'

const nameOf = (board: BoardSnapshot, id: ParticipantId | undefined) =>
  (id && board.participants.get(id)?.name) || ''

const isSame = (a: FacilitationEvent, b: FacilitationEvent) =>
  a.at === b.at && a.participantId === b.participantId && a.action === b.action

/** The log's entries added since `before`: after the last entry it had (the log drops old ones). */
function newEvents(now: readonly FacilitationEvent[], before: readonly FacilitationEvent[]) {
  if (now === before) return []
  const last = before.at(-1)
  if (!last) return now
  for (let index = now.length - 1; index >= 0; index--) {
    if (isSame(now[index], last)) return now.slice(index + 1)
  }
  return []
}

/**
 * The hat taken or passed by someone else since `before`, read from the facilitation log, which
 * says who did it (the set of wearers alone cannot tell a pass from a take).
 */
export function hatChanges(now: BoardSnapshot, before: BoardSnapshot, me: ParticipantId) {
  const activity: Activity[] = []
  for (const event of newEvents(now.facilitationLog, before.facilitationLog)) {
    if (event.participantId === me) continue
    const name = nameOf(now, event.participantId)
    if (event.action === 'took-hat') activity.push({ type: 'hat-taken', name })
    if (event.action === 'passed-hat') {
      const to = event.toParticipantId === me ? 'you' : nameOf(now, event.toParticipantId)
      activity.push({ type: 'hat-passed', name, to })
    }
  }
  return activity
}

/**
 * Concerns and objections someone else has newly raised on an outcome since `before`. Only a
 * change of stance counts: a reason is saved with its stance at once, never per keystroke.
 */
export function stanceChanges(now: BoardSnapshot, before: BoardSnapshot, me: ParticipantId) {
  const activity: Activity[] = []
  if (now.items === before.items) return activity
  for (const item of now.items.values()) {
    const earlier = before.items.get(item.id)
    if (item.kind !== 'outcome' || earlier === item || earlier?.kind !== 'outcome') continue
    for (const [who, { stance }] of item.agreement) {
      if (who === me || earlier.agreement.get(who)?.stance === stance) continue
      if (stance === 'concerns' || stance === 'object') {
        activity.push({ type: 'stance', name: nameOf(now, who), stance })
      }
    }
  }
  return activity
}
