import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addNote,
  advanceStage,
  applyTemplate,
  getTemplate,
  initBoard,
  joinBoard,
  readBoard,
  startVote,
  takeHat,
  type ParticipantId,
} from '@coboard/shared'
import { voteCandidates } from './voteCandidates'

const SIAN = { participantId: 'sian' as ParticipantId, role: 'provider' }

describe('the cards a phone votes on', () => {
  it('lists the notes of earlier stages when the vote opens in a stage without its own', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Crisis pathway', purpose: '', createdAt: 0 })
    applyTemplate(doc, getTemplate('co-production'))
    joinBoard(doc, { id: SIAN.participantId, name: 'Sian', role: SIAN.role })
    takeHat(doc, SIAN)
    const stageId = readBoard(doc).meta.currentStageId
    addNote(doc, {
      x: 0,
      y: 0,
      text: 'A call-back promise',
      authorId: SIAN.participantId,
      role: SIAN.role,
      stageId,
    })
    for (const _ of [1, 2, 3]) advanceStage(doc, SIAN)
    startVote(doc, {}, SIAN)

    const board = readBoard(doc)
    const candidates = voteCandidates(board, board.meta.vote!, SIAN.participantId)
    expect(candidates.map((item) => item.kind === 'note' && item.text)).toEqual([
      'A call-back promise',
    ])
  })
})
