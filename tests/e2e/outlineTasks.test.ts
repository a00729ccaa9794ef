import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { useLiveServer } from './fixtures/liveServer'

// The outline is the whole board for someone who does not use the canvas: every task the canvas
// offers is there too, by keyboard, and lands on the board for everyone else.

const POLL = { timeout: 15_000 }
const live = useLiveServer()

describe('the outline does what the canvas does', { timeout: 90_000 }, () => {
  test('reframe, a full outcome, dots and the facilitator’s stage controls, all from the outline', async () => {
    const board = await createBoard(live.server.url, {
      title: 'From the outline',
      template: 'co-production',
    })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = await FacilitationPage.open(live.browser, url, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const sian = await FacilitationPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
    const page = amina.page
    try {
      await amina.takeHat()
      await page.getByTestId('outline-toggle').click()
      const outline = page.getByTestId('outline-panel')
      await outline.waitFor()

      // The hat wearer moves the room on from the outline.
      await outline.getByTestId('outline-next-stage').click()
      await expect.poll(() => sian.stageTitle().textContent(), POLL).toBe('They → we')

      // A note written in the outline is reframed there.
      const current = outline.locator('section.is-current')
      await current.getByTestId('outline-add-note').click()
      await page.keyboard.type('They never call back')
      await current.getByTestId('outline-reframe').click()
      await expect.poll(() => sian.page.getByTestId('reframe-card').count(), POLL).toBe(1)
      await expect(sian.page.getByTestId('reframe-card').textContent()).resolves.toContain(
        'They never call back',
      )

      // An outcome with every field of the framework.
      await outline.getByTestId('outline-next-stage').click()
      await expect.poll(() => sian.stageTitle().textContent(), POLL).toBe('Outcomes and measures')
      await outline.locator('section.is-current').getByTestId('outline-add-outcome').click()
      await page.keyboard.type('Nobody waits longer than two hours')
      const card = outline.getByTestId('outline-outcome')
      await card.getByTestId('outline-outcome-baseline').fill('6 hours')
      await card.getByTestId('outline-outcome-target').fill('2 hours')
      const theirs = sian.page.getByTestId('outcome-card')
      await expect.poll(() => theirs.textContent(), POLL).toContain('2 hours')
      await expect(theirs.textContent()).resolves.toContain('Nobody waits longer than two hours')

      // Dots from the outline, counted like the board's.
      await outline.getByTestId('outline-next-stage').click()
      await amina.startVote(2)
      const note = outline.getByTestId('outline-note').filter({ hasText: 'They never call back' })
      await note.getByTestId('outline-vote-add').click()
      await expect.poll(() => amina.dotsLeft().textContent(), POLL).toBe('Vote: 1 dot left.')
      await expect
        .poll(() => page.getByTestId('live-announcer').textContent(), POLL)
        .toContain('Dot placed on “They never call back”. 1 left.')
      await note.getByTestId('outline-vote-remove').click()
      await expect.poll(() => amina.dotsLeft().textContent(), POLL).toBe('Vote: 2 dots left.')
    } finally {
      await amina.close()
      await sian.close()
    }
  })
})
