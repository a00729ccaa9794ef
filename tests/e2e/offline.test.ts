import * as Y from 'yjs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { readBoard } from '@coboard/shared'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'
import { createRoomBoard } from './fixtures/roomBoard'

// A laptop whose Wi-Fi drops mid-workshop: it keeps working on its own copy of the board (in
// IndexedDB), even through a reload (the service worker serves the app), and everything it did
// merges with what the room did meanwhile once it is back.

// The service worker serves the app on a reload without network.
const live = useLiveServer({ serviceWorkers: 'allow' })

/** The note texts in the copy of the board this page keeps in IndexedDB (what a reload reads). */
async function cachedNoteTexts(page: Page, boardId: string): Promise<string[]> {
  const rows = await page.evaluate(async (name) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const db = await request(indexedDB.open(name))
    try {
      const updates = await request(db.transaction('updates').objectStore('updates').getAll())
      return updates.map((update: Uint8Array) => Array.from(update))
    } finally {
      db.close()
    }
  }, `coboard:board:${boardId}`)
  const doc = new Y.Doc()
  for (const row of rows) Y.applyUpdate(doc, Uint8Array.from(row))
  const texts = [...readBoard(doc).items.values()].flatMap((item) =>
    item.kind === 'note' ? [item.text] : [],
  )
  doc.destroy()
  return texts
}

describe('offline', () => {
  test('edits offline survive a reload without network and converge when it returns', async () => {
    const board = await createRoomBoard(live.server.url, 'Patchy Wi-Fi')
    const amina = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const sian = await BoardPage.open(live.browser, board.editUrl, {
      name: 'Sian',
      role: 'provider',
    })
    try {
      await amina.addNote()
      await amina.typeInNote('Written while online')
      await sian.noteByText('Written while online').waitFor()
      // The app shell must be cached before the network goes: wait for the service worker.
      await expect
        .poll(() => amina.page.evaluate(() => !!navigator.serviceWorker.controller), {
          timeout: 15_000,
        })
        .toBe(true)

      await amina.setOffline(true)
      const status = amina.page.getByTestId('connection-status')
      await expect.poll(() => status.getAttribute('data-status')).toBe('offline')
      await expect(status.textContent()).resolves.toContain(
        'Offline — your changes are saved on this device',
      )
      await amina.addNote()
      await amina.typeInNote('Written on the train')
      await sian.addNote()
      await sian.typeInNote('Written in the room meanwhile')

      // Once IndexedDB holds the note, reload with no network at all.
      await expect
        .poll(() => cachedNoteTexts(amina.page, board.id))
        .toContain('Written on the train')
      await amina.page.reload()
      await amina.noteByText('Written on the train').waitFor()
      await amina.noteByText('Written while online').waitFor()
      await expect.poll(() => status.getAttribute('data-status')).toBe('offline')

      await amina.setOffline(false)
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 20_000 }).toBe('live')
      await amina.noteByText('Written in the room meanwhile').waitFor()
      await sian.noteByText('Written on the train').waitFor()
      await expect(amina.notes().count()).resolves.toBe(3)
      await expect(sian.notes().count()).resolves.toBe(3)
    } finally {
      await amina.close()
      await sian.close()
    }
  }, 60_000)
})
