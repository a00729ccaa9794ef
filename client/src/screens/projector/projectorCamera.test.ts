import { describe, expect, test } from 'vitest'
import { fitForProjector, isWorthMoving, summonedView } from './projectorCamera'

const screen = { width: 1360, height: 1080 }

describe('projector camera', () => {
  test('fits the content, centred, without magnifying past the cap', () => {
    const one = fitForProjector({ x: 0, y: 0, width: 220, height: 160 }, screen)
    expect(one.zoom).toBe(1.6)
    expect(one.x + screen.width / 2 / one.zoom).toBeCloseTo(110)
    const wide = fitForProjector({ x: 0, y: 0, width: 4000, height: 500 }, screen)
    expect(wide.zoom).toBeCloseTo((1360 - 112) / 4000)
  })

  test('centres a summon on the facilitator’s view', () => {
    const view = summonedView({ by: 'p' as never, x: 500, y: 300, zoom: 2, at: 0 }, screen)
    expect(view.x + screen.width / 2 / view.zoom).toBe(500)
    expect(view.zoom).toBe(2)
  })

  test('ignores tiny moves so the wall stays still while people type', () => {
    const a = { x: 0, y: 0, zoom: 1 }
    expect(isWorthMoving(a, { x: 5, y: 5, zoom: 1.01 }, screen)).toBe(false)
    expect(isWorthMoving(a, { x: 100, y: 0, zoom: 1 }, screen)).toBe(true)
    expect(isWorthMoving(a, { x: 0, y: 0, zoom: 0.8 }, screen)).toBe(true)
  })
})
