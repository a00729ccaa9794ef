import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { useLiveServer } from './fixtures/liveServer'

// Picking cards to group, as the room does it: what the bar counts is what is outlined, and
// nothing joins that the person cannot see.

const POLL = { timeout: 15_000 }
const live = useLiveServer()

async function openBoard(title: string) {
  const board = await createBoard(live.server.url, { title })
  const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
  return new CoproductionPage(
    await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' }),
  )
}

async function writeNote(amina: CoproductionPage, text: string) {
  await amina.board.addNote()
  await amina.board.typeInNote(text)
  await amina.page.keyboard.press('Escape')
}

describe('picking cards to group', { timeout: 90_000 }, () => {
  test('Shift-click picks a reframe card like a note, and the group holds both', async () => {
    const amina = await openBoard('Grouping a reframe')
    try {
      await writeNote(amina, 'They never call back')
      await amina.reframeChipFor('They never call back').click()
      const reframe = amina.reframeByText('They never call back')
      await reframe.waitFor()
      await amina.page.keyboard.press('Escape')
      await writeNote(amina, 'Say when you will call')

      await amina.board.noteByText('Say when').click()
      await reframe.locator('.role-tag').click({ modifiers: ['Shift'] })
      const bar = amina.page.getByTestId('group-toolbar')
      await expect.poll(() => bar.textContent(), POLL).toContain('2 cards selected')
      await expect(amina.page.locator('.group-outline').count()).resolves.toBe(2)

      await amina.page.getByTestId('group').click()
      await amina.page.getByTestId('cluster-title-input').fill('Calling back')
      await amina.page.keyboard.press('Enter')
      await expect
        .poll(() => amina.page.getByTestId('cluster').getAttribute('aria-label'), POLL)
        .toBe('Group: Calling back, 2 cards')
    } finally {
      await amina.board.close()
    }
  })

  test('a card selected earlier and since scrolled out of sight does not join', async () => {
    const amina = await openBoard('Grouping what you see')
    try {
      await writeNote(amina, 'Call back within 2 hours')
      await writeNote(amina, 'Peer support on every shift')
      const earlier = amina.board.noteByText('Call back')
      const later = amina.board.noteByText('Peer support')
      const [a, b] = [(await earlier.boundingBox())!, (await later.boundingBox())!]
      // The earlier note must be the one to scroll away: the one further left or up.
      const sideways = a.x + a.width < b.x
      await earlier.click()
      const canvas = (await amina.page.locator('.board-canvas').boundingBox())!
      await amina.page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
      if (sideways) await amina.page.mouse.wheel(a.x + a.width + 4 - canvas.x, 0)
      else await amina.page.mouse.wheel(0, a.y + a.height + 4 - canvas.y)
      await expect
        .poll(async () => {
          const box = await earlier.boundingBox({ timeout: 100 }).catch(() => null)
          if (box === null) return true
          return sideways ? box.x + box.width < canvas.x : box.y + box.height < canvas.y
        }, POLL)
        .toBe(true)
      await later.click({ modifiers: ['Shift'] })
      const bar = amina.page.getByTestId('group-toolbar')
      await expect.poll(() => bar.textContent(), POLL).toContain('1 card selected')
      await expect(amina.page.locator('.group-outline').count()).resolves.toBe(1)
    } finally {
      await amina.board.close()
    }
  })

  test('a selection rectangle over a note and an outcome picks only the note', async () => {
    const amina = await openBoard('Grouping with an outcome nearby')
    try {
      await writeNote(amina, 'Peer support on every shift')
      await amina.addOutcome('Fewer repeat crisis calls')
      await amina.fitBoard()
      const canvas = (await amina.page.locator('.board-canvas').boundingBox())!
      await amina.page.keyboard.down('Shift')
      await amina.page.mouse.move(canvas.x + 30, canvas.y + 90)
      await amina.page.mouse.down()
      await amina.page.mouse.move(canvas.x + canvas.width - 30, canvas.y + canvas.height - 90, {
        steps: 8,
      })
      await amina.page.mouse.up()
      await amina.page.keyboard.up('Shift')
      const bar = amina.page.getByTestId('group-toolbar')
      await expect.poll(() => bar.textContent(), POLL).toContain('1 card selected')
    } finally {
      await amina.board.close()
    }
  })
})
