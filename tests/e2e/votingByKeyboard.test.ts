import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { axNodeOf } from './fixtures/axTree'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { useLiveServer } from './fixtures/liveServer'

// Dot voting with a screen reader and the keyboard: each dot button names its card, focus stays
// on the badge after a press, and every dot placed or taken back is said.

const POLL = { timeout: 15_000 }
const live = useLiveServer()

describe('dot voting by keyboard and screen reader', { timeout: 90_000 }, () => {
  test('dot buttons name their card, keep the focus and say what happened', async () => {
    const board = await createBoard(live.server.url, { title: 'Vote by keyboard' })
    const amina = await FacilitationPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Amina', role: 'lived-experience' },
    )
    const page = amina.page
    const announced = page.getByTestId('live-announcer')
    try {
      await amina.addNote('A call-back promise within 2 hours')
      await amina.addNote('Peer support on every shift')
      await amina.takeHat()
      await amina.startVote(2)

      const badge = await amina.voteBadge('Peer support')
      const add = badge.getByTestId('vote-add')
      await expect(
        axNodeOf(
          page,
          `.vote-slot[data-item-id="${await badge.getAttribute('data-item-id')}"] [data-testid="vote-add"]`,
        ),
      ).resolves.toMatchObject({
        name: 'Place a dot on “Peer support on every shift”. 2 left.',
      })
      await add.focus()
      await page.keyboard.press('Enter')
      await expect
        .poll(() => announced.textContent(), POLL)
        .toContain('Dot placed on “Peer support on every shift”. 1 left.')
      await page.keyboard.press('Enter')
      // The last dot is placed: ⊕ goes, and the focus moves to the dots to take one back.
      await expect.poll(() => add.count(), POLL).toBe(0)
      const mine = badge.getByTestId('vote-mine')
      await expect
        .poll(() => mine.evaluate((button) => button === document.activeElement), POLL)
        .toBe(true)
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({
        name: 'Take back a dot from “Peer support on every shift”. You placed 2 here.',
      })
      await page.keyboard.press('Enter')
      await expect
        .poll(() => announced.textContent(), POLL)
        .toContain('Dot taken back from “Peer support on every shift”. 1 left.')
    } finally {
      await amina.close()
    }
  })
})
