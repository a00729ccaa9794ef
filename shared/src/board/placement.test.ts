import { describe, expect, it } from 'vitest'
import { findFreeSpot, PLACEMENT_GAP } from './placement'
import type { Bounds } from './geometry'
import { NOTE_HEIGHT, NOTE_WIDTH, OUTCOME_HEIGHT, OUTCOME_WIDTH } from './schema'

const note = (x: number, y: number): Bounds => ({ x, y, width: NOTE_WIDTH, height: NOTE_HEIGHT })
const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (a: Bounds, area: Bounds) =>
  a.x >= area.x &&
  a.y >= area.y &&
  a.x + a.width <= area.x + area.width &&
  a.y + a.height <= area.y + area.height

/** A seeded generator, so a failing layout can be replayed from the seed in the test's name. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

describe('findFreeSpot', () => {
  it('puts a card on an empty board where it was asked for', () => {
    expect(findFreeSpot({ width: 220, height: 160, near: { x: 10, y: 20 }, taken: [] })).toEqual({
      x: 10,
      y: 20,
    })
  })

  it('puts the next card beside the last one, on the same row, a gap apart', () => {
    const spot = findFreeSpot({
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
      near: { x: 0, y: 0 },
      taken: [note(0, 0)],
    })
    expect(spot).toEqual({ x: NOTE_WIDTH + PLACEMENT_GAP, y: 0 })
  })

  it('uses the real size of each kind: an outcome clears a note it would cover at a note’s size', () => {
    const taken = [note(OUTCOME_WIDTH - 40, 0)]
    const spot = findFreeSpot({
      width: OUTCOME_WIDTH,
      height: OUTCOME_HEIGHT,
      near: { x: 0, y: 0 },
      taken,
    })
    expect(overlaps({ ...spot, width: OUTCOME_WIDTH, height: OUTCOME_HEIGHT }, taken[0])).toBe(
      false,
    )
  })

  it('stays inside the area and clear of the chrome over it', () => {
    const area = { x: 0, y: 0, width: 1000, height: 600 }
    const topBar = { x: 0, y: 0, width: 1000, height: 120 }
    const spot = findFreeSpot({
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
      near: { x: 400, y: 10 },
      taken: [topBar],
      area,
    })
    const rect = { ...spot, width: NOTE_WIDTH, height: NOTE_HEIGHT }
    expect(inside(rect, area)).toBe(true)
    expect(overlaps(rect, topBar)).toBe(false)
  })

  it('goes outside the area, still clear of everything, when the area is full', () => {
    const area = { x: 0, y: 0, width: 300, height: 200 }
    const taken = [note(40, 20)]
    const spot = findFreeSpot({ width: 220, height: 160, near: { x: 40, y: 20 }, taken, area })
    expect(overlaps({ ...spot, width: 220, height: 160 }, taken[0])).toBe(false)
  })

  for (const seed of [1, 7, 4711]) {
    it(`seed ${seed}: forty cards placed one after another never overlap`, () => {
      const next = random(seed)
      const area = { x: -600, y: -400, width: 1800, height: 1100 }
      const placed: Bounds[] = []
      for (let i = 0; i < 40; i++) {
        const [width, height] = [
          [NOTE_WIDTH, NOTE_HEIGHT],
          [300, 240],
          [OUTCOME_WIDTH, OUTCOME_HEIGHT],
        ][Math.floor(next() * 3)]
        const near = { x: area.x + next() * area.width, y: area.y + next() * area.height }
        const rect = {
          ...findFreeSpot({ width, height, near, taken: placed, area }),
          width,
          height,
        }
        for (const other of placed) expect(overlaps(rect, other), `card ${i}`).toBe(false)
        placed.push(rect)
      }
    })
  }
})
