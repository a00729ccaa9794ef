import { describe, expect, it } from 'vitest'
import { advanceStage, goToStage, retreatStage, revealStage } from './stages'
import { passHat, takeHat } from './facilitation'
import { addNote } from './operations'
import { isHiddenFrom } from './visibility'
import { readBoard } from './read'
import { makeBoard, person } from './testing/builders'
import type { ParticipantId } from './schema'

const grace = { participantId: 'grace' as ParticipantId, role: 'lived-experience' }
const marek = { participantId: 'marek' as ParticipantId, role: 'provider' }

describe('stages and the facilitation log', () => {
  it('starts on the first stage of the co-production template with its timer', () => {
    const board = readBoard(makeBoard({ template: 'co-production' }))
    expect(board.stages.map((s) => s.title)).toEqual([
      'Hopes and fears',
      'They → we',
      'Outcomes and measures',
      'Prioritise',
      'Next steps',
    ])
    expect(board.meta.currentStageId).toBe(board.stages[0].id)
    expect(board.meta.timer).toEqual({ state: 'idle', durationMs: 15 * 60_000 })
  })

  it('logs who facilitated which stage, by role', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('grace', 'lived-experience')],
    })
    takeHat(doc, grace)
    expect(advanceStage(doc, grace)).toBe(true)
    passHat(doc, grace, marek)
    expect(advanceStage(doc, marek)).toBe(true)
    const board = readBoard(doc)
    expect([...board.facilitators]).toEqual(['marek'])
    expect(board.facilitationLog.map((e) => [e.participantId, e.role, e.action])).toEqual([
      ['grace', 'lived-experience', 'took-hat'],
      ['grace', 'lived-experience', 'advanced-stage'],
      ['grace', 'lived-experience', 'passed-hat'],
      ['marek', 'provider', 'took-hat'],
      ['marek', 'provider', 'advanced-stage'],
    ])
    expect(board.facilitationLog[4].stageId).toBe(board.stages[2].id)
    expect(board.meta.currentStageId).toBe(board.stages[2].id)
  })

  it('hides other people’s private notes until the stage is revealed', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('marek', 'provider')],
      hat: 'marek',
    })
    const stage = readBoard(doc).stages[0]
    expect(stage.private).toBe(true)
    const id = addNote(doc, { x: 0, y: 0, authorId: grace.participantId, role: grace.role })
    let board = readBoard(doc)
    const mine = board.items.get(id)!
    expect(isHiddenFrom(mine, grace.participantId, board.stages)).toBe(false)
    expect(isHiddenFrom(mine, marek.participantId, board.stages)).toBe(true)
    revealStage(doc, stage.id, marek)
    board = readBoard(doc)
    expect(isHiddenFrom(board.items.get(id)!, marek.participantId, board.stages)).toBe(false)
  })

  it('reveals a private stage when the group moves on from it', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('marek', 'provider')],
      hat: 'marek',
    })
    const [first, second] = readBoard(doc).stages
    goToStage(doc, second.id, marek)
    expect(readBoard(doc).stages[0]).toMatchObject({ id: first.id, revealed: true })
  })

  it('goes back one stage, logged like any move', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('grace', 'lived-experience')],
      hat: 'grace',
    })
    advanceStage(doc, grace)
    advanceStage(doc, grace)
    expect(retreatStage(doc, grace)).toBe(true)
    const board = readBoard(doc)
    expect(board.meta.currentStageId).toBe(board.stages[1].id)
    expect(board.facilitationLog.at(-1)).toMatchObject({
      participantId: 'grace',
      action: 'advanced-stage',
      stageId: board.stages[1].id,
    })
  })

  it('stays on the first stage when asked to go back from it', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [person('grace', 'lived-experience')],
      hat: 'grace',
    })
    const before = readBoard(doc)
    expect(retreatStage(doc, grace)).toBe(false)
    const after = readBoard(doc)
    expect(after.meta.currentStageId).toBe(before.stages[0].id)
    expect(after.facilitationLog).toEqual(before.facilitationLog)
  })
})
