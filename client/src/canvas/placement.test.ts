import { describe, expect, test } from 'vitest'
import { NOTE_HEIGHT, NOTE_WIDTH } from '@coboard/shared'
import { intersects } from '../core/state/viewport'
import { findFreeSpot } from './placement'

const rectOf = (spot: { x: number; y: number }) => ({
  ...spot,
  width: NOTE_WIDTH,
  height: NOTE_HEIGHT,
})

describe('placement', () => {
  test('an empty area gets the note centred on the given point', () => {
    expect(findFreeSpot([], { x: 110, y: 80 })).toEqual({ x: 0, y: 0 })
  })

  test('repeated adds tile side by side instead of stacking', () => {
    const spots: { x: number; y: number }[] = []
    for (let i = 0; i < 6; i++) {
      const spot = findFreeSpot(spots, { x: 110, y: 80 })
      for (const other of spots) expect(intersects(rectOf(spot), rectOf(other))).toBe(false)
      spots.push(spot)
    }
    // The second note goes beside the first, on the same row.
    expect(spots[1].y).toBe(spots[0].y)
  })
})
