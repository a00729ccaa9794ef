import { describe, expect, test } from 'vitest'
import { addNote, type ParticipantId } from '@coboard/shared'
import { createBoard } from '../helpers/api'
import { editAsServer } from './fixtures/editAsServer'
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

  test('at 200% zoom, tabbing through the cards brings each one clear of the bars', async () => {
    const board = await createBoard(live.server.url, { title: 'Tabbing at 200%' })
    await editAsServer(live.server, board.id, (doc) => {
      for (let index = 0; index < 6; index++) {
        addNote(doc, {
          x: (index % 3) * 600,
          y: Math.floor(index / 3) * 700 - 200,
          authorId: 'seed' as ParticipantId,
          role: 'provider',
          text: `Card number ${index + 1}`,
        })
      }
    })
    const context = await live.browser.newContext({ viewport: { width: 683, height: 384 } })
    const page = await context.newPage()
    try {
      await page.goto(`${live.server.url}/b/${board.id}#edit=${board.editToken}`)
      const dialog = page.getByTestId('join-dialog')
      await dialog.getByLabel('Your name').fill('Dev')
      await dialog.locator('input[type="radio"][value="provider"]').check()
      await dialog.getByTestId('join-submit').click()
      await dialog.waitFor({ state: 'detached' })
      await page.getByTestId('note').first().waitFor()
      const bars = async () =>
        page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll('.topbar-panel, .stagebar-panel')].map(
              (bar) => bar.getBoundingClientRect().bottom,
            ),
          ),
        )
      const seen = new Set<string>()
      await page.getByTestId('add-note').focus()
      for (let press = 0; press < 60 && seen.size < 6; press++) {
        await page.keyboard.press('Tab')
        const card = await page.evaluate(() => {
          const active = document.activeElement
          if (!active?.matches('[data-testid="note"]')) return null
          return { text: active.textContent ?? '' }
        })
        if (!card) continue
        seen.add(card.text)
        await expect
          .poll(async () => {
            const box = await page.locator('[data-testid="note"]:focus').boundingBox()
            return box !== null && box.y >= (await bars()) && box.y < 384
          })
          .toBe(true)
      }
      expect(seen.size).toBe(6)
    } finally {
      await context.close()
    }
  })
})
