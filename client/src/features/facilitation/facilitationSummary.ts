import type { FacilitationEvent, ParticipantId, RoleId, StageId } from '@coboard/shared'

/** Who wore the hat during one stage. */
export interface StageFacilitators {
  readonly stageId: StageId
  /** Everyone who wore the hat at some point while this stage was current, in order. */
  readonly people: readonly { readonly participantId: ParticipantId; readonly role: RoleId }[]
}

/** The facilitation log read as "who ran which part of the workshop". */
export interface FacilitationSummary {
  readonly byStage: readonly StageFacilitators[]
  /** For each role, in how many stages someone of that role wore the hat; most first. */
  readonly stagesByRole: readonly { readonly role: RoleId; readonly stages: number }[]
}

/**
 * Replays the log: a stage counts as facilitated by everyone who wore the hat while it was
 * current, including those who carried the hat in from the stage before. Each event records the
 * stage that was current when it happened, so the replay needs nothing but the log.
 */
export function summariseFacilitation(log: readonly FacilitationEvent[]): FacilitationSummary {
  const wearing = new Map<ParticipantId, RoleId>()
  const byStage = new Map<StageId, Map<ParticipantId, RoleId>>()
  for (const event of log) {
    if (event.action === 'took-hat') wearing.set(event.participantId, event.role)
    if (!event.stageId) {
      if (event.action !== 'took-hat') wearing.delete(event.participantId)
      continue
    }
    const people = byStage.get(event.stageId) ?? new Map<ParticipantId, RoleId>()
    byStage.set(event.stageId, people)
    // Whoever moves the room on is facilitating the stage they move it to, hat or not.
    if (event.action === 'advanced-stage') people.set(event.participantId, event.role)
    for (const [participantId, role] of wearing) people.set(participantId, role)
    if (event.action === 'left-hat' || event.action === 'passed-hat') {
      wearing.delete(event.participantId)
    }
  }
  const counts = new Map<RoleId, number>()
  for (const people of byStage.values()) {
    for (const role of new Set(people.values())) counts.set(role, (counts.get(role) ?? 0) + 1)
  }
  return {
    byStage: [...byStage]
      .filter(([, people]) => people.size > 0)
      .map(([stageId, people]) => ({
        stageId,
        people: [...people].map(([participantId, role]) => ({ participantId, role })),
      })),
    stagesByRole: [...counts]
      .map(([role, stages]) => ({ role, stages }))
      .sort((a, b) => b.stages - a.stages || (a.role < b.role ? -1 : 1)),
  }
}
