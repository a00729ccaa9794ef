import { describe, expect, test } from 'vitest'
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
