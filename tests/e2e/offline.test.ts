import * as Y from 'yjs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { readBoard, readPrivateWords } from '@coboard/shared'
import { BoardPage } from './fixtures/BoardPage'
import { loadedAssets } from './fixtures/chunks'
import { useLiveServer } from './fixtures/liveServer'
import { createRoomBoard } from './fixtures/roomBoard'

// A laptop whose Wi-Fi drops mid-workshop: it keeps working on its own copy of the board (in
// IndexedDB), even through a reload (the service worker serves the app), and everything it did
// merges with what the room did meanwhile once it is back.

// The service worker serves the app on a reload without network.
const live = useLiveServer({ serviceWorkers: 'allow' })

/** The rows of the IndexedDB copy named `name`, as one document (what a reload reads). */
async function cachedDoc(page: Page, name: string): Promise<Y.Doc> {
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
  }, name)
  const doc = new Y.Doc()
  for (const row of rows) Y.applyUpdate(doc, Uint8Array.from(row))
  return doc
}

/** The note texts in the copy of the board this page keeps in IndexedDB. */
async function cachedNoteTexts(page: Page, boardId: string): Promise<string[]> {
  const doc = await cachedDoc(page, `coboard:board:${boardId}`)
  const texts = [...readBoard(doc).items.values()].flatMap((item) =>
    item.kind === 'note' ? [item.text] : [],
  )
  doc.destroy()
  return texts
}

/** The private words in this page's IndexedDB copy of its own private-words document. */
async function cachedPrivateWords(page: Page, boardId: string): Promise<string[]> {
  // Named after the board and this device's participant: the one copy under the board's name.
  const prefix = `coboard:board:${boardId}/private/`
  const names = await page.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name ?? ''),
  )
  const name = names.find((candidate) => candidate.startsWith(prefix))
  if (!name) return []
  const doc = await cachedDoc(page, name)
  const words = [...readPrivateWords(doc).values()].map((fields) => fields.text ?? '')
  doc.destroy()
  return words
}

/**
 * Waits until the service worker controls the page and keeps every asset the page has loaded
 * (its screen's chunk came after the app shell): what a reload without network needs.
 */
async function appShellCached(board: BoardPage): Promise<void> {
  await expect
    .poll(() => board.page.evaluate(() => !!navigator.serviceWorker.controller), {
      timeout: 15_000,
    })
    .toBe(true)
  const loaded = await loadedAssets(board.page)
  expect(loaded.some((file) => file.includes('BoardScreen'))).toBe(true)
  await expect
    .poll(
      () =>
        board.page.evaluate(async () => {
          const cache = await caches.open('coboard-shell-v1')
          return (await cache.keys()).map((request) => new URL(request.url).pathname)
        }),
      { timeout: 15_000 },
    )
    .toEqual(expect.arrayContaining(loaded))
}

/** Amina, who will lose her network, and Sian, who stays in the room. */
async function aminaAndSian(url: string) {
  const amina = await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' })
  const sian = await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
  return { amina, sian }
}

describe('offline', () => {
  test('edits offline survive a reload without network and converge when it returns', async () => {
    const board = await createRoomBoard(live.server.url, 'Patchy Wi-Fi')
    const { amina, sian } = await aminaAndSian(board.editUrl)
    try {
      await amina.addNote()
      await amina.typeInNote('Written while online')
      await sian.noteByText('Written while online').waitFor()
      // The app shell must be cached before the network goes.
      await appShellCached(amina)

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

  test('private writing offline stays on the device through a reload, and is revealed when it is back', async () => {
    const board = await createRoomBoard(live.server.url, 'Hopes on the train', 'co-production')
    const { amina, sian } = await aminaAndSian(board.editUrl)
    try {
      await amina.addNote()
      await amina.typeInNote('Written before the train')
      await appShellCached(amina)
      await amina.setOffline(true)
      const status = amina.page.getByTestId('connection-status')
      await expect.poll(() => status.getAttribute('data-status')).toBe('offline')
      await amina.addNote()
      await amina.typeInNote('Written on the train')

      // Her words are kept in her own private copy on the device, and a reload without network
      // shows them to her, face up.
      await expect
        .poll(() => cachedPrivateWords(amina.page, board.id))
        .toContain('Written on the train')
      await amina.page.reload()
      await amina.noteByText('Written on the train').waitFor()
      await amina.noteByText('Written before the train').waitFor()

      // The room reveals the stage while she is away: what reached the server turns face up.
      await sian.page.getByTestId('hat-button').click()
      await sian.page.getByTestId('take-hat').click()
      await sian.page.getByTestId('reveal-stage').click()
      await sian.noteByText('Written before the train').waitFor()
      await expect(sian.page.content()).resolves.not.toContain('Written on the train')

      // Back online, her device sends the words it kept, and the server reveals them too.
      await amina.setOffline(false)
      await expect.poll(() => status.getAttribute('data-status'), { timeout: 20_000 }).toBe('live')
      await sian.noteByText('Written on the train').waitFor()
      await expect(sian.page.getByTestId('face-down-note').count()).resolves.toBe(0)
      await expect
        .poll(() => cachedPrivateWords(amina.page, board.id), { timeout: 10_000 })
        .toEqual([])
    } finally {
      await amina.close()
      await sian.close()
    }
  }, 60_000)
})
