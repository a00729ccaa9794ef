import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { readCoordinate, readId, readOneOf, readRecord, readString, readTime } from './sanitize'
import {
  MAX_NAME_LENGTH,
  type FacilitationEvent,
  type ParticipantId,
  type RoleId,
  type StageId,
  type Summon,
} from './schema'
import { FALLBACK_SIDE } from './voices'

// The facilitator hat has no owner: anyone can take it, pass it on, or share it. The log keeps
// who wore it in which stage, so a group can see whether it is learning to run itself.

const ACTIONS: readonly FacilitationEvent['action'][] = [
  'took-hat',
  'passed-hat',
  'left-hat',
  'advanced-stage',
]
/** The log keeps the most recent entries only; a day-long workshop stays far below this. */
const MAX_LOG_ENTRIES = 1000

/**
 * Whether `participantId` wears the hat now. Every steering verb (stages, timer, vote, summon,
 * passing the hat) asks this first and does nothing for someone who does not, so a stale button
 * on a slow device cannot move the room after the hat has been passed on.
 */
export function wearsHat(doc: Y.Doc, participantId: ParticipantId): boolean {
  return readId(participantId) !== null && getBoardRoots(doc).facilitators.has(participantId)
}

/** Reads who wears the hat now. */
export function readFacilitators(doc: Y.Doc): ReadonlySet<ParticipantId> {
  const wearing = new Set<ParticipantId>()
  getBoardRoots(doc).facilitators.forEach((_since, id) => {
    if (readId(id)) wearing.add(id as ParticipantId)
  })
  return wearing
}

/** Reads the facilitation log, oldest first, skipping malformed entries. */
export function readFacilitationLog(doc: Y.Doc): readonly FacilitationEvent[] {
  return getBoardRoots(doc)
    .facilitationLog.toArray()
    .flatMap((raw): FacilitationEvent[] => {
      const record = readRecord(raw)
      const participantId = readId<ParticipantId>(record?.participantId)
      if (!record || !participantId || !ACTIONS.includes(record.action as never)) return []
      const to = readId<ParticipantId>(record.toParticipantId)
      return [
        {
          participantId,
          role: readString(record.role, MAX_NAME_LENGTH, FALLBACK_SIDE),
          action: readOneOf(record.action, ACTIONS, 'took-hat'),
          stageId: readId<StageId>(record.stageId),
          at: readTime(record.at),
          ...(to ? { toParticipantId: to } : {}),
        },
      ]
    })
}

/** Reads the latest summon, or null. */
export function readSummon(value: unknown): Summon | null {
  const record = readRecord(value)
  const by = readId<ParticipantId>(record?.by)
  if (!record || !by) return null
  const zoom =
    typeof record.zoom === 'number' && record.zoom > 0.05 && record.zoom < 8 ? record.zoom : 1
  return {
    by,
    x: readCoordinate(record.x),
    y: readCoordinate(record.y),
    zoom,
    at: readTime(record.at),
  }
}

/** Appends an entry to the facilitation log (inside the caller's transaction). */
export function logFacilitation(doc: Y.Doc, event: FacilitationEvent): void {
  const { facilitationLog } = getBoardRoots(doc)
  facilitationLog.push([{ ...event }])
  const excess = facilitationLog.length - MAX_LOG_ENTRIES
  if (excess > 0) facilitationLog.delete(0, excess)
}

/** Who acts: the participant and the side they act for, as the facilitation log records them. */
export interface HatWearer {
  readonly participantId: ParticipantId
  readonly role: RoleId
}

/** Puts the facilitator hat on `who`; others who wear it keep it (co-facilitation). */
export function takeHat(doc: Y.Doc, who: HatWearer, origin?: unknown): void {
  const { facilitators, meta } = getBoardRoots(doc)
  if (facilitators.has(who.participantId)) return
  doc.transact(() => {
    facilitators.set(who.participantId, Date.now())
    logFacilitation(doc, {
      ...who,
      action: 'took-hat',
      stageId: readId<StageId>(meta.get('currentStageId')),
      at: Date.now(),
    })
  }, origin)
}

/** Takes the hat off `who`. */
export function leaveHat(doc: Y.Doc, who: HatWearer, origin?: unknown): void {
  const { facilitators, meta } = getBoardRoots(doc)
  if (!facilitators.has(who.participantId)) return
  doc.transact(() => {
    facilitators.delete(who.participantId)
    logFacilitation(doc, {
      ...who,
      action: 'left-hat',
      stageId: readId<StageId>(meta.get('currentStageId')),
      at: Date.now(),
    })
  }, origin)
}

/** Hands the hat from `from` to `to` in one step; false unless `from` wears it and `to` is someone else. */
export function passHat(doc: Y.Doc, from: HatWearer, to: HatWearer, origin?: unknown): boolean {
  if (!wearsHat(doc, from.participantId) || from.participantId === to.participantId) return false
  if (!readId(to.participantId)) return false
  const { facilitators, meta } = getBoardRoots(doc)
  const stageId = readId<StageId>(meta.get('currentStageId'))
  doc.transact(() => {
    facilitators.delete(from.participantId)
    facilitators.set(to.participantId, Date.now())
    logFacilitation(doc, {
      ...from,
      action: 'passed-hat',
      stageId,
      at: Date.now(),
      toParticipantId: to.participantId,
    })
    logFacilitation(doc, { ...to, action: 'took-hat', stageId, at: Date.now() })
  }, origin)
  return true
}

/** Where a summon asks everyone to look: the board point at the centre of the view, and the zoom. */
export type SummonView = Pick<Summon, 'x' | 'y' | 'zoom'>

/** Asks everyone to look where the facilitator `by` looks; false unless `by` wears the hat. */
export function summonEveryone(
  doc: Y.Doc,
  view: SummonView,
  by: HatWearer,
  origin?: unknown,
): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const summon: Summon = {
    by: by.participantId,
    x: view.x,
    y: view.y,
    zoom: view.zoom,
    at: Date.now(),
  }
  doc.transact(() => getBoardRoots(doc).meta.set('summon', { ...summon }), origin)
  return true
}
