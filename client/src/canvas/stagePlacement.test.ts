import { describe, expect, test } from 'vitest'
import { NOTE_HEIGHT, NOTE_WIDTH, type BoardItem, type StageId } from '@coboard/shared'
import { placeNoteForStage } from './stagePlacement'

const note = (x: number, y: number, stageId: string | null) =>
  ({ kind: 'note', id: `${x},${y}`, x, y, stageId }) as unknown as BoardItem

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NOTE_WIDTH && Math.abs(a.y - b.y) < NOTE_HEIGHT

describe('placeNoteForStage', () => {
  test('puts a note beside its stage’s notes without covering any', () => {
    const items = [note(0, 0, 'a'), note(2000, 0, 'b')]
    const spot = placeNoteForStage(items, 'a' as StageId)
    expect(Math.abs(spot.x)).toBeLessThan(600)
    expect(items.some((item) => overlaps(item, spot))).toBe(false)
  })

  test('starts a new stage below the rest of the board', () => {
    const spot = placeNoteForStage([note(0, 0, 'a')], 'b' as StageId)
    expect(spot.y).toBeGreaterThan(NOTE_HEIGHT)
  })

  test('uses the origin on an empty board', () => {
    expect(placeNoteForStage([], null)).toEqual({ x: 0, y: 0 })
  })
})
