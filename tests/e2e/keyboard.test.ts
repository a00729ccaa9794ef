import { describe, expect, test } from 'vitest'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'
import { createRoomBoard } from './fixtures/roomBoard'

// Everything with the keyboard alone, the way someone who cannot use a mouse works: make a note,
// write in it, recolour it, move it; and undo, which takes back only this person's own changes.

const live = useLiveServer()

describe('keyboard', () => {
  test('creates, edits, recolours and moves a note, then undoes only its own changes', async () => {
    const board = await createRoomBoard(live.server.url, 'Keys only')
    const amina = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const sian = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Sian',
      role: 'provider',
    })
    const keys = amina.page.keyboard
    try {
      // Create: N opens a new note for typing; Escape leaves it focused.
      await keys.press('n')
      await keys.type('Named worker', { delay: 15 })
      await keys.press('Escape')
      const mine = amina.noteByText('Named worker')
      await expect(mine.evaluate((note) => note === document.activeElement)).resolves.toBe(true)

      // Edit: Enter opens the focused note; the caret is at the end.
      await keys.press('Enter')
      await keys.type(' for every caller', { delay: 15 })
      await keys.press('Escape')
      await sian.noteByText('Named worker for every caller').waitFor()

      // Colour: C gives the next colour.
      await keys.press('c')
      await expect.poll(() => mine.getAttribute('data-color')).toBe('pink')

      // Move: Space picks it up, arrows move it (16 screen pixels a press), Space puts it down.
      const start = await amina.positionOf(mine)
      const percent = await amina.page.getByTestId('zoom-percent').textContent()
      const zoom = Number(percent!.replace('%', '')) / 100
      const moved = { x: start.x + Math.round(64 / zoom), y: start.y + Math.round(16 / zoom) }
      await keys.press('Space')
      await amina.page.locator('.note-slot.is-dragging').waitFor()
      // The keyboard sensor starts listening for arrows a tick after the pick-up, and on a busy
      // machine a press can land before it does: press until the note has moved four steps,
      // waiting for each press to show before the next, so a lost press is simply repeated.
      const stepsTaken = async () =>
        Math.round((((await amina.positionOf(mine)).x - start.x) * zoom) / 16)
      for (let presses = 0; presses < 12 && (await stepsTaken()) < 4; presses++) {
        const before = await stepsTaken()
        await keys.press('ArrowRight')
        await expect
          .poll(stepsTaken, { timeout: 1_500 })
          .toBeGreaterThan(before)
          .catch(() => undefined)
      }
      await keys.press('ArrowDown')
      await expect.poll(async () => (await amina.positionOf(mine)).y).toBe(moved.y)
      await keys.press('Space')
      await expect.poll(() => amina.positionOf(mine)).toEqual(moved)
      const theirsOfMine = sian.noteByText('Named worker for every caller')
      await expect.poll(() => sian.positionOf(theirsOfMine)).toEqual(moved)

      // Meanwhile Sian writes a note of her own.
      await sian.addNote()
      await sian.typeInNote('Peer support on every shift')
      await amina.noteByText('Peer support on every shift').waitFor()
      // …which a screen reader on Amina's page hears about, once, politely. The feed gathers
      // activity for 1.5 s before it speaks, longer than expect.poll waits by default.
      await expect
        .poll(() => amina.page.getByTestId('live-announcer').textContent(), { timeout: 10_000 })
        .toContain('Sian added a note.')

      // Undo, step by step: the move, the colour, the words typed in the second burst.
      const undo = () => keys.press('Control+z')
      await undo()
      await expect.poll(() => amina.positionOf(mine)).toEqual(start)
      await expect.poll(() => sian.positionOf(theirsOfMine)).toEqual(start)
      await undo()
      await expect.poll(() => mine.getAttribute('data-color')).toBe('yellow')
      await undo()
      await amina.noteByText('Named worker').filter({ hasNotText: 'for every caller' }).waitFor()
      await sian.noteByText('Named worker').filter({ hasNotText: 'for every caller' }).waitFor()
      // Sian's note is hers: Amina's undo never touches it.
      await expect(amina.noteByText('Peer support on every shift').count()).resolves.toBe(1)
      await expect(sian.noteByText('Peer support on every shift').count()).resolves.toBe(1)

      // Redo brings the words back, for everyone; the toolbar button does the same as the key.
      await keys.press('Control+Shift+z')
      await sian.noteByText('Named worker for every caller').waitFor()
      await expect(amina.page.getByTestId('redo').isDisabled()).resolves.toBe(false)
      await amina.page.getByTestId('redo').click()
      await expect.poll(() => mine.getAttribute('data-color')).toBe('pink')
    } finally {
      await amina.close()
      await sian.close()
    }
  }, 60_000)
})
