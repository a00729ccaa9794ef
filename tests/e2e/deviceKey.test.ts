import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { readBoard } from '@coboard/shared'
import { connectSynced } from '../helpers/providers'
import { useLiveServer } from './fixtures/liveServer'
import { BoardPage } from './fixtures/BoardPage'
import { createRoomBoard } from './fixtures/roomBoard'

// One device, one voice, as a browser lives it: the device keeps its key, so reloading is
// still the same person; another browser that copies someone's participant id is turned away
// in words, with its link untouched.

const live = useLiveServer()

describe('a participant bound to their device', () => {
  test('a reload is the same person; a copied identity is refused and told why', async () => {
    const board = await createRoomBoard(live.server.url, 'Crisis pathway')
    const copy = await live.browser.newContext({ viewport: { width: 1366, height: 768 } })
    const watcher = await connectSynced({
      url: live.server.url,
      boardId: board.id,
      token: board.editToken,
    })
    const laptop = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    try {
      const amina = laptop.page
      const id = await amina.evaluate(() => localStorage.getItem('coboard:participant'))
      await expect
        .poll(() => readBoard(watcher.doc).participants.get(id as never)?.name)
        .toBe('Amina')

      // The same browser after a reload: the same key, so the same person, straight in.
      await amina.reload()
      await waitForLive(amina)

      // Another browser given Amina's participant id, but a key of its own.
      await copy.addInitScript((participant) => {
        localStorage.setItem('coboard:participant', participant)
      }, id!)
      const impostor = await copy.newPage()
      await impostor.goto(board.editUrl)
      await impostor.getByRole('heading', { name: 'This device cannot join the board' }).waitFor()
      await expect
        .poll(() => impostor.getByText(/already uses this device’s identity/).count())
        .toBe(1)
      await impostor.screenshot({ path: 'test-results/device-refused-1366.png' })
      expect(readBoard(watcher.doc).participants.size).toBe(1)
    } finally {
      watcher.destroy()
      await laptop.close()
      await copy.close()
    }
  })
})

async function waitForLive(page: Page) {
  await page.getByTestId('connection-status').and(page.locator('[data-status="live"]')).waitFor()
}
