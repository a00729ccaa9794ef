import { describe, expect, test } from 'vitest'
import {
  DEFAULT_ROLES,
  type BoardItem,
  type BoardMeta,
  type BoardSnapshot,
  type ItemId,
  type ParticipantId,
  type Stage,
  type StageId,
} from '@coboard/shared'
import { projectorFocus } from './projectorFocus'

const sian = 'sian' as ParticipantId
const writing = 'writing' as StageId
const sorting = 'sorting' as StageId

function stage(id: StageId, extra: Partial<Stage> = {}): Stage {
  return { id, title: id, prompt: '', minutes: null, private: false, revealed: false, ...extra }
}

function note(id: string, stageId: StageId, extra: Record<string, unknown> = {}): BoardItem {
  return {
    id: id as ItemId,
    kind: 'note',
    stageId,
    x: 0,
    y: 0,
    authorId: sian,
    role: 'provider',
    createdAt: 0,
    text: id,
    color: 'yellow',
    clusterId: null,
    ...extra,
  } as unknown as BoardItem
}

/** A board on its `sorting` stage, after a private `writing` stage that was revealed. */
function board(items: BoardItem[], meta: Partial<BoardMeta> = {}, revealed = true): BoardSnapshot {
  return {
    meta: {
      schemaVersion: 1,
      title: 'Board',
      purpose: '',
      createdAt: 0,
      roles: DEFAULT_ROLES,
      currentStageId: sorting,
      timer: { state: 'idle', durationMs: 0 },
      vote: null,
      summon: null,
      projectorView: 'stage',
      spotlight: null,
      reportNames: 'roles',
      ...meta,
    },
    items: new Map(items.map((item) => [item.id, item])),
    participants: new Map(),
    stages: [stage(writing, { private: true, revealed }), stage(sorting)],
    votes: [],
    facilitators: new Set([sian]),
    facilitationLog: [],
  }
}

const ids = (focus: ReturnType<typeof projectorFocus>) =>
  focus.kind === 'board' ? [] : focus.cards.map((card) => card.id)

describe('projector focus', () => {
  test('frames the current stage’s cards, or every card while the stage has none', () => {
    const items = [note('old', writing), note('new', sorting)]
    expect(ids(projectorFocus(board(items)))).toEqual(['new'])
    expect(ids(projectorFocus(board([note('old', writing)])))).toEqual(['old'])
  })

  test('frames the whole board only when the facilitator chose it', () => {
    const focus = projectorFocus(board([note('a', sorting)], { projectorView: 'board' }))
    expect(focus.kind).toBe('board')
  })

  test('shows a spotlighted group with its members, and ignores a spotlight from another stage', () => {
    const group = {
      ...note('group', sorting),
      kind: 'cluster',
      title: 'Being known',
      width: 500,
      height: 400,
    } as unknown as BoardItem
    const items = [group, note('in', sorting, { clusterId: 'group' }), note('out', sorting)]
    const spotlight = { itemId: 'group' as ItemId, by: sian, stageId: sorting, at: 1 }
    const focus = projectorFocus(board(items, { spotlight }))
    expect(focus.kind === 'spotlight' && focus.ids).toEqual(['group', 'in'])
    const stale = projectorFocus(board(items, { spotlight: { ...spotlight, stageId: writing } }))
    expect(stale.kind).toBe('stage')
  })

  test('never puts a card the room may not see yet on the wall', () => {
    const spotlight = { itemId: 'secret' as ItemId, by: sian, stageId: sorting, at: 1 }
    const focus = projectorFocus(board([note('secret', writing)], { spotlight }, false))
    expect(focus.kind).toBe('stage')
    expect(ids(focus)).toEqual([])
  })
})
