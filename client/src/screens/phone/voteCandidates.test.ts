import { describe, expect, it } from 'vitest'
import { advanceStage, readBoard, startVote, type ParticipantId } from '@coboard/shared'
import { makeBoard, note, person } from '../../../../shared/src/board/testing/builders'
import { voteCandidates } from './voteCandidates'

const SIAN = { participantId: 'sian' as ParticipantId, role: 'provider' }

describe('the cards a phone votes on', () => {
  it('lists the notes of earlier stages when the vote opens in a stage without its own', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('sian', 'provider'), person('amina', 'lived-experience')],
      items: [note('amina', 'A call-back promise', { stage: 1 })],
      hat: 'sian',
    })
    for (const _ of [1, 2, 3]) advanceStage(doc, SIAN)
    startVote(doc, {}, SIAN)

    const board = readBoard(doc)
    const listed = voteCandidates(board, board.meta.vote!, SIAN.participantId)
    expect(listed.map((item) => item.kind === 'note' && item.text)).toEqual(['A call-back promise'])
  })
})
