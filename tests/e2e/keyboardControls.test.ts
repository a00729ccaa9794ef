import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { axNodeOf } from './fixtures/axTree'
import { BoardPage } from './fixtures/BoardPage'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { useLiveServer } from './fixtures/liveServer'

// Space and Enter do on every control what they do on every platform: the board pans with
// Space only when no control has the focus.

const live = useLiveServer()

describe('Space and Enter on controls', { timeout: 90_000 }, () => {
  test('Space chooses a side in the join dialog and presses a top-bar button', async () => {
    const board = await createBoard(live.server.url, { title: 'Keyboard only' })
    const page = await BoardPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
    )
    try {
      const dialog = page.page.getByTestId('join-dialog')
      await dialog.getByLabel('Your name').fill('Dev')
      const provider = dialog.locator('input[type="radio"][value="provider"]')
      await provider.focus()
      await page.page.keyboard.press('Space')
      await expect.poll(() => provider.isChecked()).toBe(true)
      await page.page.keyboard.press('Enter')
      await dialog.waitFor({ state: 'detached' })

      const outline = page.page.getByTestId('outline-toggle')
      await outline.focus()
      await page.page.keyboard.press('Space')
      await expect.poll(() => outline.getAttribute('aria-expanded')).toBe('true')
    } finally {
      await page.close()
    }
  })

  test('Space unticks what a vote is on, and the dots field has a name', async () => {
    const board = await createBoard(live.server.url, {
      title: 'Vote settings',
      template: 'co-production',
    })
    const amina = await FacilitationPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Amina', role: 'lived-experience' },
    )
    try {
      await amina.takeHat()
      await amina.page.getByTestId('start-vote').click()
      const form = amina.page.getByRole('form', { name: 'Start a dot vote' })
      const first = form.locator('input[type="checkbox"]').first()
      await expect(first.isChecked()).resolves.toBe(true)
      await first.focus()
      await amina.page.keyboard.press('Space')
      await expect.poll(() => first.isChecked()).toBe(false)
      // Still open: Space did not submit the form.
      await expect(form.isVisible()).resolves.toBe(true)

      await amina.page.getByTestId('vote-budget').focus()
      await expect(axNodeOf(amina.page, ':focus')).resolves.toMatchObject({
        name: 'Dots per person',
      })
    } finally {
      await amina.close()
    }
  })

  test('Space held over the board with nothing focused still pans it', async () => {
    const board = await createBoard(live.server.url, { title: 'Space to pan' })
    const page = await BoardPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Dev', role: 'provider' },
    )
    try {
      await page.addNote()
      await page.typeInNote('Pan me')
      const note = page.noteByText('Pan me')
      await page.page.keyboard.press('Escape')
      await page.page.keyboard.press('Escape')
      await page.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      const onBoard = await page.positionOf(note)
      const before = (await note.boundingBox())!
      // Starting on the note itself: with Space held, the drag pans instead of moving it.
      await page.page.mouse.move(before.x + 40, before.y + 40)
      await page.page.keyboard.down('Space')
      await page.page.mouse.down()
      await page.page.mouse.move(before.x + 140, before.y + 90, { steps: 6 })
      await page.page.mouse.up()
      await page.page.keyboard.up('Space')
      await expect
        .poll(async () => {
          const after = (await note.boundingBox())!
          return { dx: Math.round(after.x - before.x), dy: Math.round(after.y - before.y) }
        })
        .toEqual({ dx: 100, dy: 50 })
      // The view moved; the note stayed where it was on the board.
      await expect(page.positionOf(note)).resolves.toEqual(onBoard)
    } finally {
      await page.close()
    }
  })
})
