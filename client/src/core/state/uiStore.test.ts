import { describe, expect, test } from 'vitest'
import type { ItemId, ParticipantId } from '@coboard/shared'
import { createUiStore } from './uiStore'

describe('ui store › notice', () => {
  const warning = (id: number, text: string) => ({ id, tone: 'warning' as const, text })

  test('a newer notice replaces the one shown', () => {
    const ui = createUiStore('board')
    ui.getState().showNotice(warning(1, 'First'))
    ui.getState().showNotice(warning(2, 'Second'))
    expect(ui.getState().notice).toEqual(warning(2, 'Second'))
  })

  test('the same words again leave the notice as it is, without notifying', () => {
    const ui = createUiStore('board')
    ui.getState().showNotice(warning(1, 'Too fast'))
    let changes = 0
    ui.subscribe(() => changes++)
    ui.getState().showNotice(warning(2, 'Too fast'))
    expect(ui.getState().notice?.id).toBe(1)
    expect(changes).toBe(0)
  })

  test('dismissing an older notice leaves a newer one shown', () => {
    const ui = createUiStore('board')
    ui.getState().showNotice(warning(1, 'First'))
    ui.getState().showNotice(warning(2, 'Second'))
    ui.getState().dismissNotice(1)
    expect(ui.getState().notice?.id).toBe(2)
    ui.getState().dismissNotice(2)
    expect(ui.getState().notice).toBeNull()
  })
})

describe('ui store › what this device does on one board', () => {
  test('grouping, following, closed results and open panels belong to the board, not the page', () => {
    const first = createUiStore('board-a')
    const state = first.getState()
    state.toggleGrouped('n1' as ItemId)
    state.toggleGrouped('n2' as ItemId)
    state.toggleGrouped('n1' as ItemId)
    state.follow('p2' as ParticipantId)
    state.closeResults('vote-1')
    state.togglePanel('outline')
    expect(first.getState()).toMatchObject({
      groupSelection: ['n2'],
      following: 'p2',
      closedResultsId: 'vote-1',
      openPanels: ['outline'],
    })

    // Opening another board makes another store: nothing carries over.
    const next = createUiStore('board-b').getState()
    expect(next).toMatchObject({
      groupSelection: [],
      following: null,
      closedResultsId: null,
      openPanels: [],
      clusterDrag: null,
      marquee: null,
    })
  })

  test('an empty group selection keeps one identity, so selectors see no change', () => {
    const ui = createUiStore('board')
    const empty = ui.getState().groupSelection
    ui.getState().toggleGrouped('n1' as ItemId)
    ui.getState().setGroupSelection([])
    expect(ui.getState().groupSelection).toBe(empty)
  })
})
