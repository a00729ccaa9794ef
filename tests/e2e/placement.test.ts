import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { createBoard } from '../helpers/api'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { useLiveServer } from './fixtures/liveServer'

// Where new cards land and how cards stack, on a laptop (BoardPage is 1366x768): a card never
// lands on another or under the bars, Tidy leaves no overlaps, and every screen stacks alike.

const TEST_TIMEOUT = 120_000
const POLL = { timeout: 15_000 }

const live = useLiveServer()

interface Box {
  readonly name: string
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** The screen rectangles of every card and of the bars floating over the board. */
async function boxesOf(page: Page): Promise<{ cards: Box[]; bars: Box[] }> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect()
        const name = `${element.dataset.testid ?? element.className}: ${element.textContent?.slice(0, 30)}`
        return { name, left, top, right, bottom }
      })
    return {
      cards: boxes(
        '[data-testid="note"], [data-testid="reframe-card"], [data-testid="outcome-card"]',
      ),
      bars: boxes('.topbar-panel, .stagebar-panel'),
    }
  })
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5

/** Every pair of boxes that overlap, named, so a failure says which cards collided. */
function collisions(cards: Box[], bars: Box[]): string[] {
  const found: string[] = []
  cards.forEach((card, index) => {
    for (const other of cards.slice(index + 1)) {
      if (overlap(card, other)) found.push(`${card.name} ✕ ${other.name}`)
    }
    for (const bar of bars) if (overlap(card, bar)) found.push(`${card.name} ✕ ${bar.name}`)
  })
  return found
}

async function openBoard(title: string, visitor = { name: 'Amina', role: 'lived-experience' }) {
  const board = await createBoard(live.server.url, { title, template: 'co-production' })
  const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
  return { url, page: await BoardPage.open(live.browser, url, visitor) }
}

/** The card a click at the middle of the overlap of two notes would reach. */
async function topmostAtOverlap(page: Page, under: string, over: string): Promise<string | null> {
  return page.evaluate(
    ([a, b]) => {
      const find = (text: string) =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="note"]')].find((element) =>
          element.textContent?.includes(text),
        )
      const first = find(a)?.getBoundingClientRect()
      const second = find(b)?.getBoundingClientRect()
      if (!first || !second) return null
      const x = (Math.max(first.left, second.left) + Math.min(first.right, second.right)) / 2
      const y = (Math.max(first.top, second.top) + Math.min(first.bottom, second.bottom)) / 2
      const hit = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-testid="note"]')
      return hit?.textContent?.includes(a) ? a : hit?.textContent?.includes(b) ? b : null
    },
    [under, over],
  )
}

describe('placement', () => {
  test(
    'new notes, a reframe and outcomes land clear of each other and of the bars',
    async () => {
      const { page: board } = await openBoard('Placement')
      const amina = new CoproductionPage(board)
      try {
        for (const text of ['Peer support', 'They never call back', 'A named worker']) {
          await board.addNote()
          await board.typeInNote(text)
        }
        await amina.reframeChipFor('They never call back').click()
        await amina.reframeByText('They never call back').waitFor()
        await board.page.keyboard.press('Escape')
        await board.addNote()
        await board.typeInNote('Evening clinics')
        await amina.addOutcome('Fewer missed calls')
        await amina.addOutcome('People feel heard')

        const { cards, bars } = await boxesOf(board.page)
        expect(cards).toHaveLength(7)
        expect(collisions(cards, bars)).toEqual([])
        await board.page.screenshot({ path: '/tmp/placement-1366.png' })

        // A selected note's toolbar stays out from under the bars too.
        for (const text of ['They never call back', 'Evening clinics']) {
          await board.noteByText(text).click()
          const toolbar = board.page.getByTestId('note-toolbar')
          await toolbar.waitFor()
          const box = await toolbar.evaluate((element) => {
            const { left, top, right, bottom } = element.getBoundingClientRect()
            return { name: 'note toolbar', left, top, right, bottom }
          })
          expect(collisions([box], bars)).toEqual([])
        }
      } finally {
        await board.close()
      }
    },
    TEST_TIMEOUT,
  )

  test(
    'after Tidy, no two cards of the stage overlap',
    async () => {
      const { page: board } = await openBoard('Tidy')
      try {
        await board.page.getByTestId('hat-button').click()
        await board.page.getByTestId('take-hat').click()
        await board.page.getByTestId('stage-next').waitFor()
        for (const text of ['One', 'Two', 'Three', 'Four']) {
          await board.addNote()
          await board.typeInNote(text)
        }
        // Pile them up by hand first.
        for (const text of ['Two', 'Three', 'Four']) {
          const from = await board.noteByText(text).boundingBox()
          const to = await board.noteByText('One').boundingBox()
          await board.dragNote(board.noteByText(text), to!.x + 30 - from!.x, to!.y + 20 - from!.y)
        }
        expect(collisions((await boxesOf(board.page)).cards, []).length).toBeGreaterThan(0)

        await board.page.getByTestId('tidy').click()
        await expect
          .poll(async () => {
            const { cards } = await boxesOf(board.page)
            return collisions(cards, [])
          }, POLL)
          .toEqual([])
        await board.page.screenshot({ path: '/tmp/placement-tidy-1366.png' })
      } finally {
        await board.close()
      }
    },
    TEST_TIMEOUT,
  )

  test(
    'two pages show the same card on top after overlapping cards are dragged',
    async () => {
      const { url, page: amina } = await openBoard('Stacking')
      const sian = await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
      try {
        // Past the private first stage, so both pages see each other's notes face up.
        await amina.page.getByTestId('hat-button').click()
        await amina.page.getByTestId('take-hat').click()
        await amina.page.getByTestId('stage-next').click()
        await amina.addNote()
        await amina.typeInNote('Under first')
        await sian.addNote()
        await sian.typeInNote('From Sian')
        await amina.addNote()
        await amina.typeInNote('Made last')
        for (const page of [amina, sian]) {
          await page.page.getByTestId('fit-content').click()
          await page.noteByText('Made last').waitFor()
        }

        // Amina drags her first note half onto her last one: the dragged card comes to the top.
        const drag = async (by: BoardPage, moved: string, onto: string) => {
          const from = (await by.noteByText(moved).boundingBox())!
          const to = (await by.noteByText(onto).boundingBox())!
          // Held near its left edge, the part of the note no other card covers.
          const start = { x: from.x + 16, y: from.y + from.height / 2 }
          await by.page.mouse.move(start.x, start.y)
          await by.page.mouse.down()
          await by.page.mouse.move(start.x + to.x + 40 - from.x, start.y + to.y + 30 - from.y, {
            steps: 12,
          })
          await by.drop()
          // Nothing selected, so only the document decides what is on top.
          await by.page.keyboard.press('Escape')
        }
        await drag(amina, 'Under first', 'Made last')
        for (const page of [amina, sian]) {
          await expect
            .poll(() => topmostAtOverlap(page.page, 'Made last', 'Under first'), POLL)
            .toBe('Under first')
        }
        // Sian drags Amina's last note back over it: now that one is on top, on both pages.
        await sian.page.getByTestId('fit-content').click()
        await drag(sian, 'Made last', 'Under first')
        for (const page of [amina, sian]) {
          await expect
            .poll(() => topmostAtOverlap(page.page, 'Made last', 'Under first'), POLL)
            .toBe('Made last')
        }
      } finally {
        await amina.close()
        await sian.close()
      }
    },
    TEST_TIMEOUT,
  )

  test(
    'a group’s frame holds exactly its cards, and a card that only clips its edge stays out',
    async () => {
      const board = await createBoard(live.server.url, { title: 'Frames' })
      const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
      const amina = await BoardPage.open(live.browser, url, {
        name: 'Amina',
        role: 'lived-experience',
      })
      try {
        for (const text of ['Alpha', 'Beta', 'Gamma']) {
          await amina.addNote()
          await amina.typeInNote(text)
        }
        await amina.page.keyboard.press('Escape')
        await amina.noteByText('Alpha').click()
        await amina.noteByText('Beta').click({ modifiers: ['Shift'] })
        await amina.page.getByTestId('group').click()
        await amina.page.getByTestId('cluster-title-input').fill('Pair')
        await amina.page.keyboard.press('Enter')
        const frame = amina.page.getByTestId('cluster')
        const label = () => frame.getAttribute('aria-label')
        await expect.poll(label, POLL).toBe('Group: Pair, 2 cards')

        const box = async (text: string) => (await amina.noteByText(text).boundingBox())!
        const inside =
          (outer: { x: number; y: number; width: number; height: number }) =>
          async (text: string) => {
            const inner = await box(text)
            return (
              inner.x >= outer.x &&
              inner.y >= outer.y &&
              inner.x + inner.width <= outer.x + outer.width &&
              inner.y + inner.height <= outer.y + outer.height
            )
          }
        const frameBox = (await frame.boundingBox())!
        expect(await inside(frameBox)('Alpha')).toBe(true)
        expect(await inside(frameBox)('Beta')).toBe(true)
        const gamma = await box('Gamma')
        expect(
          gamma.x >= frameBox.x + frameBox.width ||
            gamma.x + gamma.width <= frameBox.x ||
            gamma.y >= frameBox.y + frameBox.height ||
            gamma.y + gamma.height <= frameBox.y,
        ).toBe(true)

        // Gamma's edge over the frame's left edge, its centre well outside: it stays out.
        const clipX = frameBox.x + 40 - gamma.width
        await amina.dragNote(amina.noteByText('Gamma'), clipX - gamma.x, frameBox.y + 60 - gamma.y)
        await expect.poll(async () => (await box('Gamma')).x, POLL).toBeLessThan(frameBox.x)
        expect(await label()).toBe('Group: Pair, 2 cards')

        // Dropped with its centre inside, it joins, and the frame grows around it.
        const now = await box('Gamma')
        const target = (await frame.boundingBox())!
        await amina.dragNote(
          amina.noteByText('Gamma'),
          target.x + target.width / 2 - (now.x + now.width / 2),
          target.y + target.height - 20 - (now.y + now.height / 2),
        )
        await expect.poll(label, POLL).toBe('Group: Pair, 3 cards')
        await expect
          .poll(async () => inside((await frame.boundingBox())!)('Gamma'), POLL)
          .toBe(true)
      } finally {
        await amina.close()
      }
    },
    TEST_TIMEOUT,
  )
})
