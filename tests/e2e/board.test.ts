import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'

// Two people on one board, each in their own browser context (their own device, as far as the
// board can tell), against a real server serving a fresh build of the client.

const live = useLiveServer()

async function openTwoPages(title: string) {
  const board = await createBoard(live.server.url, { title })
  const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
  const amina = await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' })
  const sian = await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
  return { amina, sian }
}

describe('board', () => {
  test('a note created on one page appears on the other, with its author’s role', async () => {
    const { amina, sian } = await openTwoPages('Crisis pathway')
    try {
      await amina.addNote()
      await amina.typeInNote('A call-back promise: within 2 hours')

      const seen = sian.noteByText('A call-back promise: within 2 hours')
      await seen.waitFor()
      await expect(seen.locator('[data-role="lived-experience"]').textContent()).resolves.toBe(
        'Lived experience',
      )
    } finally {
      await amina.close()
      await sian.close()
    }
  })

  test('a note moved on one page moves on the other, live while dragging and once dropped', async () => {
    const { amina, sian } = await openTwoPages('Moving notes')
    try {
      await amina.addNote()
      await amina.typeInNote('Peer support on every shift')
      const mine = amina.noteByText('Peer support on every shift')
      const theirs = sian.noteByText('Peer support on every shift')
      await theirs.waitFor()
      const before = await sian.positionOf(theirs)

      await amina.dragNote(mine, 240, 120, false)
      // Still held down: the other page follows through awareness, before anything is written.
      await expect
        .poll(async () => (await sian.positionOf(theirs)).x)
        .toBeGreaterThan(before.x + 100)

      await amina.drop()
      const dropped = await amina.positionOf(mine)
      expect(dropped.x).toBeGreaterThan(before.x + 100)
      expect(dropped.y).toBeGreaterThan(before.y + 50)
      await expect.poll(() => sian.positionOf(theirs)).toEqual(dropped)
    } finally {
      await amina.close()
      await sian.close()
    }
  })

  test('two people typing in one note keep both their words', async () => {
    const { amina, sian } = await openTwoPages('Typing together')
    try {
      await amina.addNote()
      await amina.typeInNote('call back')
      const mine = amina.noteByText('call back')
      const theirs = sian.noteByText('call back')
      await theirs.waitFor()

      await amina.editNote(mine, 'End')
      await sian.editNote(theirs, 'Home')
      await Promise.all([
        amina.page.keyboard.type(' within 2 hours', { delay: 20 }),
        sian.page.keyboard.type('Promise: ', { delay: 20 }),
      ])
      const merged = 'Promise: call back within 2 hours'
      await expect.poll(() => amina.editorText()).toBe(merged)
      await expect.poll(() => sian.editorText()).toBe(merged)
    } finally {
      await amina.close()
      await sian.close()
    }
  })

  test('on a tablet the top bar keeps the board’s name readable and every action on one row', async () => {
    const board = await createBoard(live.server.url, {
      title: 'Improving the community mental health crisis pathway',
    })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = await BoardPage.open(live.browser, url, {
      name: 'Amina',
      role: 'lived-experience',
    })
    // Items of one row share their middle (align-items: center), not their top.
    const rows = (boxes: DOMRect[]) =>
      new Set(boxes.map((rect) => Math.round((rect.top + rect.bottom) / 2))).size
    const measure = () =>
      amina.page.evaluate(() => {
        const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect
        return {
          title: box(document.querySelector('.topbar-title')!),
          actions: [...document.querySelectorAll('.topbar-actions > *')]
            .map(box)
            .filter((rect) => rect.width > 0),
        }
      })
    try {
      // Lying flat: the name beside the actions, all of which fit one row on the screen.
      await amina.page.setViewportSize({ width: 1024, height: 768 })
      const flat = await measure()
      expect(flat.title.width).toBeGreaterThanOrEqual(160)
      expect(rows(flat.actions)).toBe(1)
      expect(Math.max(...flat.actions.map((rect) => rect.right))).toBeLessThanOrEqual(1024)
      // Upright: the name gets a row of its own, the actions share the next.
      await amina.page.setViewportSize({ width: 768, height: 1024 })
      const upright = await measure()
      expect(upright.title.width).toBeGreaterThan(700)
      expect(Math.min(...upright.actions.map((rect) => rect.top))).toBeGreaterThan(
        upright.title.bottom,
      )
      expect(rows(upright.actions)).toBe(1)
      expect(
        await amina.page.getByRole('button', { name: 'Invite', exact: true }).isVisible(),
      ).toBe(true)
    } finally {
      await amina.close()
    }
  })

  test('a long name is cut short, never the side on a note or the rest of who is here', async () => {
    const board = await createBoard(live.server.url, { title: 'Long names' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const name = 'Amina Okonkwo-Fitzgerald of the Riverside Carers Forum'
    const amina = await BoardPage.open(live.browser, url, { name, role: 'lived-experience' })
    try {
      await amina.addNote()
      await amina.typeInNote('Peer support on every shift')
      const note = amina.noteByText('Peer support on every shift')
      const clipped = (selector: string) =>
        note.locator(selector).evaluate((element) => element.scrollWidth > element.clientWidth)
      await expect(clipped('[data-role]')).resolves.toBe(false)
      await expect(clipped('.note-author')).resolves.toBe(true)

      // Who is here: the name is cut short inside the panel, which keeps its width.
      await amina.page.getByTestId('people-here').click()
      const panel = amina.page.getByTestId('people-panel')
      await expect(
        panel.evaluate((element) => element.scrollWidth > element.clientWidth),
      ).resolves.toBe(false)
      await expect(panel.getByText('(you)').isVisible()).resolves.toBe(true)
    } finally {
      await amina.close()
    }
  })
})
