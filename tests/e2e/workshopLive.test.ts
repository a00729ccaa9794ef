import { mkdir } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { createBoard } from '../helpers/api'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { PhonePage } from './fixtures/PhonePage'
import { ProjectorPage } from './fixtures/ProjectorPage'
import { useLiveServer } from './fixtures/liveServer'

// A whole co-production workshop run live through the interface, as a room runs it: four people
// on laptops, one on a phone, the projector on the wall. Every step is written by a person's
// own screen (no seeding), and checked from the others: private writing and its reveal, a
// reframe every side accepts, an outcome with a concern and its reason, a dot vote from laptops
// and the phone, and the results on the wall. Screenshots of each step at the three sizes go to
// WORKSHOP_SHOTS (default /tmp/shots-workshop), to be looked at.

const SHOTS = process.env.WORKSHOP_SHOTS ?? '/tmp/shots-workshop'
const POLL = { timeout: 20_000 }
const live = useLiveServer()

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
})

/** Whether any two of the board's cards (notes, reframes, outcomes) overlap on this screen. */
async function overlappingCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-testid="note"], .cocard')].map((card) => ({
      text: (card.textContent ?? '').slice(0, 40),
      box: card.getBoundingClientRect(),
    }))
    const clashes: string[] = []
    for (const [i, a] of cards.entries()) {
      for (const b of cards.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top
        if (!apart) clashes.push(`${a.text} / ${b.text}`)
      }
    }
    return clashes
  })
}

describe('a live workshop', { timeout: 240_000 }, () => {
  test('five people and the projector run a whole workshop through the interface', async () => {
    const board = await createBoard(live.server.url, {
      title: 'Improving the crisis pathway',
      template: 'co-production',
    })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = await FacilitationPage.open(live.browser, url, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const sian = await FacilitationPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
    const helen = await FacilitationPage.open(live.browser, url, {
      name: 'Helen',
      role: 'commissioner',
    })
    const raj = await FacilitationPage.open(live.browser, url, { name: 'Raj', role: 'other' })
    const dev = await PhonePage.open(live.browser, url, { name: 'Dev', role: 'lived-experience' })
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    const laptops = [amina, sian, helen, raj]
    const shoot = async (step: string) => {
      await amina.page.screenshot({ path: `${SHOTS}/${step}-laptop.png` })
      await dev.page.screenshot({ path: `${SHOTS}/${step}-phone.png`, fullPage: true })
      await projector.page.screenshot({ path: `${SHOTS}/${step}-projector.png` })
    }
    try {
      // 1. Hopes and fears, in private: each writes; the wall and the others see only a count.
      await amina.takeHat()
      await amina.addNote('I hope someone answers who already knows my plan')
      await sian.addNote('I fear we agree changes we have no staff to deliver')
      await helen.addNote('I hope we fund what people say works')
      await raj.addNote('I fear the voluntary sector is left out again')
      await dev.addNote('I hope my words are not turned into a slide')
      await expect
        .poll(() => projector.page.getByTestId('projector-face-down').textContent(), POLL)
        .toBe('5 cards from 5 people face down')
      await expect
        .poll(() => amina.page.getByTestId('face-down-count').textContent(), POLL)
        .toBe('5 cards from 5 people face down, 1 of them yours.')
      await expect(projector.page.content()).resolves.not.toContain('no staff to deliver')
      await shoot('1-private-writing')

      // The reveal: every screen reads every card, and none hides another.
      await amina.page.getByTestId('reveal-stage').click()
      for (const person of laptops) {
        await expect.poll(() => person.page.getByTestId('note').count(), POLL).toBe(5)
      }
      await sian.page.getByTestId('fit-content').click()
      await expect.poll(() => overlappingCards(sian.page), POLL).toEqual([])
      await shoot('2-revealed')

      // 2. They → we: a provider's "they" statement, reframed and accepted by every side.
      await amina.nextStage()
      await expect.poll(() => sian.stageTitle().textContent(), POLL).toBe('They → we')
      await sian.addNote('Patients do not turn up to follow-up appointments')
      const chip = sian.page
        .locator('.note-slot', { has: sian.note('do not turn up') })
        .getByTestId('reframe-chip')
      await chip.click()
      await sian.page.getByTestId('reframe-we-editor').waitFor()
      await sian.page.keyboard.press('Escape')
      for (const person of laptops) {
        const card = person.page.getByTestId('reframe-card')
        await card.waitFor(POLL)
        await person.page.getByTestId('fit-content').click()
        await card.getByTestId('accept-reframe').click()
      }
      await dev.page.getByTestId('accept-reframe').first().tap()
      await expect
        .poll(() => amina.page.getByTestId('reframe-status').getAttribute('data-all'), POLL)
        .toBe('true')
      await expect.poll(() => overlappingCards(amina.page), POLL).toEqual([])
      await shoot('3-reframed')

      // 3. Outcomes and measures: one outcome, agreed by all sides, with a concern and its reason.
      await amina.nextStage()
      await helen.page.getByTestId('add-outcome').click()
      await helen.page
        .getByTestId('outcome-outcome-editor')
        .pressSequentially('Nobody waits longer than two hours for a call back')
      await helen.page.keyboard.press('Escape')
      for (const person of [amina, helen, raj]) {
        const card = person.page.getByTestId('outcome-card')
        await card.waitFor(POLL)
        await person.page.getByTestId('fit-content').click()
        await card.getByTestId('stance-agree').click()
      }
      const theirs = sian.page.getByTestId('outcome-card')
      await theirs.waitFor(POLL)
      await sian.page.getByTestId('fit-content').click()
      await theirs.getByTestId('stance-agree').click()
      await dev.page.getByTestId('phone-outcome').getByTestId('stance-concerns').tap()
      await dev.page.getByTestId('concern-note').fill('Nights are the hardest to cover')
      await dev.page.getByTestId('concern-note').press('Enter')
      await expect
        .poll(() => amina.page.getByTestId('agreed-by-all').count(), POLL)
        .toBeGreaterThan(0)
      await expect
        .poll(() => projector.page.getByTestId('stance-reasons').first().textContent(), POLL)
        .toContain('Nights are the hardest to cover')
      await shoot('4-outcome-agreed')

      // 4. Prioritise: a dot vote from the laptops and the phone, revealed on the wall.
      await amina.nextStage()
      await amina.startVote(2)
      for (const person of laptops) {
        await expect.poll(() => person.dotsLeft().textContent(), POLL).toBe('Vote: 2 dots left.')
        await person.vote('turned into a slide')
        await person.vote('knows my plan')
      }
      const candidates = dev.page.getByTestId('vote-candidate')
      await candidates.filter({ hasText: 'knows my plan' }).locator('.phone-vote-cast').tap()
      await candidates.filter({ hasText: 'knows my plan' }).locator('.phone-vote-cast').tap()
      await expect
        .poll(() => dev.page.getByTestId('dots-left').textContent(), POLL)
        .toContain('0 dots left')
      await shoot('5-voting')
      await amina.revealVote()
      const onWall = projector.page.getByTestId('projector-results')
      await expect
        .poll(() => onWall.getByTestId('results-agree').textContent(), POLL)
        .toContain('knows my plan')
      await shoot('6-results')
    } finally {
      await Promise.all([
        ...laptops.map((person) => person.close()),
        dev.close(),
        projector.close(),
      ])
    }
  })
})
