import { describe, expect, test } from 'vitest'
import type { FacilitationEvent, ParticipantId, StageId } from '@coboard/shared'
import { summariseFacilitation } from './facilitationSummary'

const amina = { participantId: 'amina' as ParticipantId, role: 'lived-experience' }
const sian = { participantId: 'sian' as ParticipantId, role: 'provider' }
const s1 = 's1' as StageId
const s2 = 's2' as StageId
const s3 = 's3' as StageId
let clock = 0
const at = (
  who: typeof amina,
  action: FacilitationEvent['action'],
  stageId: StageId | null,
  extra: Partial<FacilitationEvent> = {},
): FacilitationEvent => ({ ...who, action, stageId, at: ++clock, ...extra })

describe('summariseFacilitation', () => {
  test('a hat carried into the next stage counts for that stage too', () => {
    const summary = summariseFacilitation([
      at(amina, 'took-hat', s1),
      at(amina, 'advanced-stage', s2),
      at(amina, 'passed-hat', s2, { toParticipantId: sian.participantId }),
      at(sian, 'took-hat', s2),
      at(sian, 'advanced-stage', s3),
    ])
    expect(summary.byStage.map((s) => [s.stageId, s.people.map((p) => p.participantId)])).toEqual([
      [s1, ['amina']],
      [s2, ['amina', 'sian']],
      [s3, ['sian']],
    ])
    expect(summary.stagesByRole).toEqual([
      { role: 'lived-experience', stages: 2 },
      { role: 'provider', stages: 2 },
    ])
  })

  test('co-facilitators of one role count that stage once for the role', () => {
    const dev = { participantId: 'dev' as ParticipantId, role: 'lived-experience' }
    const summary = summariseFacilitation([at(amina, 'took-hat', s1), at(dev, 'took-hat', s1)])
    expect(summary.stagesByRole).toEqual([{ role: 'lived-experience', stages: 1 }])
  })

  test('taking the hat off ends it; the next stage is not counted for them', () => {
    const summary = summariseFacilitation([
      at(amina, 'took-hat', s1),
      at(amina, 'left-hat', s1),
      at(sian, 'took-hat', s1),
      at(sian, 'advanced-stage', s2),
    ])
    expect(summary.byStage[1].people.map((p) => p.participantId)).toEqual(['sian'])
    expect(summary.stagesByRole).toEqual([
      { role: 'provider', stages: 2 },
      { role: 'lived-experience', stages: 1 },
    ])
  })
})
