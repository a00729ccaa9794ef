import { describe, expect, test } from 'vitest'
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  OUTCOME_HEIGHT,
  OUTCOME_WIDTH,
  type Bounds,
} from '@coboard/shared'
import {
  READABLE_ZOOM,
  SPOTLIGHT_RANGE,
  SPOTLIGHT_ZOOM,
  fitForProjector,
  isWorthMoving,
  pagesForProjector,
  summonedView,
} from './projectorCamera'
import type { Viewport } from '../../core/state/viewport'

const screen = { width: 1360, height: 1080 }

/** `count` notes laid out five to a row, as people often leave them. */
function noteGrid(count: number, across = 5): Bounds[] {
  return Array.from({ length: count }, (_, index) => ({
    x: (index % across) * 260,
    y: Math.floor(index / across) * 200,
    width: NOTE_WIDTH,
    height: NOTE_HEIGHT,
  }))
}

function isWhollyShown(card: Bounds, view: Viewport): boolean {
  const right = view.x + screen.width / view.zoom
  const bottom = view.y + screen.height / view.zoom
  return (
    card.x >= view.x - 1e-6 &&
    card.y >= view.y - 1e-6 &&
    card.x + card.width <= right + 1e-6 &&
    card.y + card.height <= bottom + 1e-6
  )
}

describe('projector camera', () => {
  test('fits the content, centred, without magnifying past the cap', () => {
    const one = fitForProjector({ x: 0, y: 0, width: 220, height: 160 }, screen)
    expect(one.zoom).toBe(1.6)
    expect(one.x + screen.width / 2 / one.zoom).toBeCloseTo(110)
    const wide = fitForProjector({ x: 0, y: 0, width: 4000, height: 500 }, screen)
    expect(wide.zoom).toBeCloseTo((1360 - 80) / 4000)
  })

  test('puts four notes placed side by side on one page at 1920 × 1080', () => {
    const row = Array.from({ length: 4 }, (_, index) => ({
      x: index * (NOTE_WIDTH + 24),
      y: 0,
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
    }))
    const [page, ...others] = pagesForProjector(row, { width: 1363, height: 990 })
    expect(others).toHaveLength(0)
    expect(page.view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM)
    expect(READABLE_ZOOM * 15).toBeGreaterThanOrEqual(20)
    expect(READABLE_ZOOM * 12).toBeGreaterThanOrEqual(16)
  })

  test('fits a stage that is readable whole on one page', () => {
    const pages = pagesForProjector(noteGrid(6, 3), screen)
    expect(pages).toHaveLength(1)
    expect(pages[0].view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM)
    expect(pages[0].cards).toHaveLength(6)
  })

  test('pages through 40 notes at a readable zoom instead of shrinking them', () => {
    const cards = noteGrid(40)
    const pages = pagesForProjector(cards, screen)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.length).toBeLessThanOrEqual(8)
    for (const page of pages) expect(page.view.zoom).toBe(READABLE_ZOOM)
    for (const card of cards) {
      const onPages = pages.filter((page) => page.cards.includes(card))
      expect(onPages).toHaveLength(1)
      expect(isWhollyShown(card, onPages[0].view)).toBe(true)
    }
  })

  test('shows every card of a scattered board whole on some page', () => {
    let seed = 4711
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const cards = Array.from({ length: 60 }, () => ({
      x: Math.round(random() * 4000 - 2000),
      y: Math.round(random() * 3000 - 1500),
      width: random() > 0.7 ? OUTCOME_WIDTH : NOTE_WIDTH,
      height: random() > 0.7 ? OUTCOME_HEIGHT : NOTE_HEIGHT,
    }))
    const pages = pagesForProjector(cards, screen)
    for (const card of cards) {
      const page = pages.find((each) => each.cards.includes(card))
      expect(page && isWhollyShown(card, page.view)).toBe(true)
    }
    for (const page of pages) expect(page.view.zoom).toBe(READABLE_ZOOM)
  })

  test('shows a spotlighted card large enough for 40 px text', () => {
    const [{ view }] = pagesForProjector(
      [{ x: 40, y: 90, width: OUTCOME_WIDTH, height: OUTCOME_HEIGHT }],
      screen,
      SPOTLIGHT_RANGE,
    )
    expect(view.zoom).toBeGreaterThanOrEqual(SPOTLIGHT_ZOOM)
    expect(
      isWhollyShown({ x: 40, y: 90, width: OUTCOME_WIDTH, height: OUTCOME_HEIGHT }, view),
    ).toBe(true)
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
