import type * as Y from 'yjs'
import {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  OUTCOME_DETAIL_FIELDS,
  STANCES,
  type Agreement,
  type ItemId,
  type Outcome,
  type OutcomeDetailField,
  type ParticipantId,
} from '../schema'
import { readOneOf, readRecord, readString, readText, readTime } from '../sanitize'
import { readItemBase } from './base'
import { isPlainMap } from '../sharedTypes'
import { FALLBACK_SIDE } from '../voices'

/** Longest text of an outcome's detail fields and of a concern's note. */
export const MAX_DETAIL_LENGTH = 300

/** Reads one row of the evaluation framework. */
export function readOutcome(id: ItemId, map: Y.Map<unknown>): Outcome {
  const details = Object.fromEntries(
    OUTCOME_DETAIL_FIELDS.map((field) => [field, readText(map.get(field), MAX_DETAIL_LENGTH)]),
  ) as Record<OutcomeDetailField, string>
  return {
    ...readItemBase(id, map),
    ...details,
    kind: 'outcome',
    outcome: readText(map.get('outcome'), MAX_TEXT_LENGTH),
    measure: readText(map.get('measure'), MAX_TEXT_LENGTH),
    agreement: readAgreements(map.get('agreement')),
  }
}

function readAgreements(value: unknown): ReadonlyMap<ParticipantId, Agreement> {
  const agreements = new Map<ParticipantId, Agreement>()
  if (!isPlainMap(value)) return agreements
  value.forEach((raw, participantId) => {
    const record = readRecord(raw)
    if (!record || !STANCES.includes(record.stance as never)) return
    agreements.set(participantId as ParticipantId, {
      stance: readOneOf(record.stance, STANCES, 'agree'),
      role: readString(record.role, MAX_NAME_LENGTH, FALLBACK_SIDE),
      note: readString(record.note, MAX_DETAIL_LENGTH),
      at: readTime(record.at),
    })
  })
  return agreements
}
