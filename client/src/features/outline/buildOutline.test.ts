import { describe, expect, test } from 'vitest'
import { groupItems, readBoard, type ItemId, type ParticipantId } from '@coboard/shared'
import { makeBoard, note, person } from '../../../../shared/src/board/testing/builders'
import { buildOutline } from './buildOutline'

const board = readBoard(
  makeBoard({
    template: 'co-production',
    people: [person('amina', 'lived-experience'), person('sian', 'provider')],
    items: [
      note('amina', 'Private thought', { stage: 0 }),
      note('sian', 'Second stage, right', { stage: 1, x: 400, y: 0 }),
      note('amina', 'Second stage, left', { stage: 1, x: 0, y: 0 }),
    ],
  }),
)

describe('buildOutline', () => {
  test('lists every stage in agenda order with its notes in reading order', () => {
    const outline = buildOutline(board, 'amina' as ParticipantId)
    expect(outline.map((entry) => entry.stage?.title)).toEqual(board.stages.map((s) => s.title))
    const second = outline[1].noteIds.map((id) => board.items.get(id))
    expect(second.map((item) => item?.kind === 'note' && item.text)).toEqual([
      'Second stage, left',
      'Second stage, right',
    ])
  })

  test('counts, and never lists, notes this viewer may not read yet', () => {
    expect(buildOutline(board, 'amina' as ParticipantId)[0]).toMatchObject({ hiddenCount: 0 })
    expect(buildOutline(board, 'sian' as ParticipantId)[0]).toMatchObject({
      noteIds: [],
      hiddenCount: 1,
    })
    expect(buildOutline(board, null)[0].hiddenCount).toBe(1)
  })

  test('lists a group’s notes and reframes under it, counted as the board counts its cards', () => {
    const doc = makeBoard({
      people: [person('amina', 'lived-experience'), person('sian', 'provider')],
      items: [
        note('amina', 'They never call back'),
        note('sian', 'We lose a day per referral', { x: 300 }),
        {
          kind: 'reframe',
          by: 'sian',
          they: 'They never call back',
          theyRole: 'lived-experience',
          we: 'We could call back within two hours',
          source: 1,
        },
      ],
    })
    const members = ['item-1', 'item-2', 'item-3'] as ItemId[]
    groupItems(doc, readBoard(doc), {
      title: 'Call-backs',
      memberIds: members,
      authorId: 'sian' as ParticipantId,
      role: 'provider',
    })
    const [entry] = buildOutline(readBoard(doc), 'amina' as ParticipantId)
    expect(entry.clusters).toHaveLength(1)
    expect(entry.clusters[0]).toMatchObject({
      noteIds: ['item-1', 'item-2'],
      reframeIds: ['item-3'],
      cardCount: 3,
    })
    expect(entry.reframeIds).toEqual([])
  })
})
