import type { BrowserContextOptions } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { describeViolations, runAxe } from './fixtures/axe'
import { chunkFilesOf, loadedAssets } from './fixtures/chunks'
import { useLiveServer } from './fixtures/liveServer'
import { PhonePage } from './fixtures/PhonePage'
import { ProjectorPage } from './fixtures/ProjectorPage'
import { createRoomBoard } from './fixtures/roomBoard'

// The short join link, the way a room uses it: the projector shows `host/j/K7QM-3XPA` and a QR
// code of it, and a phone at the back of the room types it (or scans it) and lands on the board.

const live = useLiveServer()

const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
}

describe('join code', () => {
  test('the projector shows the short link and its QR code, and a phone that opens it joins the board', async () => {
    const board = await createRoomBoard(live.server.url, 'Back row')
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    let phone: PhonePage | undefined
    try {
      const shown = projector.page.getByTestId('join-short-url')
      await shown.waitFor()
      expect(await shown.textContent()).toBe(board.shortJoinUrl.replace(/^http:\/\//, ''))
      await expect(projector.page.getByTestId('join-code').textContent()).resolves.toBe(
        board.joinCode,
      )
      expect(await projector.decodeJoinQr()).toBe(board.shortJoinUrl)

      phone = await PhonePage.open(live.browser, board.shortJoinUrl)
      // The code page replaced itself: the phone is on the participant link, with nothing behind.
      expect(phone.page.url()).toBe(board.editUrl)
      const visited = await phone.page.evaluate(() =>
        (window as unknown as { navigation: { entries(): { url: string }[] } }).navigation
          .entries()
          .map((entry) => entry.url),
      )
      expect(visited).toEqual([board.editUrl])
      await phone.join({ name: 'Grace', role: 'lived-experience' })
      await phone.addNote('Typed in from the back row')
      await projector.noteByText('Typed in from the back row').waitFor()

      // The phone fetched its own screen and nothing it does not use: not the canvas, the start
      // page, the projector, the exports, the outline, the facilitator's tools or the "they"
      // detector with its language model.
      const phoneLoaded = await loadedAssets(phone.page)
      const [phoneScreen] = await chunkFilesOf(live.clientDir, [
        'src/screens/phone/PhoneScreen.tsx',
      ])
      expect(phoneLoaded).toContain(phoneScreen)
      const notForPhones = await chunkFilesOf(live.clientDir, [
        'src/screens/board/BoardScreen.tsx',
        'src/screens/landing/LandingPage.tsx',
        'src/routes/ProjectorRoute.tsx',
        'src/features/export/ExportPanel.tsx',
        'src/features/outline/OpenOutline.tsx',
        'src/screens/board/FacilitatorTools.tsx',
        '../shared/src/board/theyFraming.ts',
      ])
      expect(phoneLoaded.filter((file) => notForPhones.includes(file))).toEqual([])
      // Nor the drag and drop of the canvas, which comes in a chunk shared with the projector.
      const scripts = await Promise.all(
        phoneLoaded
          .filter((file) => file.endsWith('.js'))
          .map(async (file) => (await fetch(`${live.server.url}${file}`)).text()),
      )
      expect(scripts.filter((script) => script.includes('DndDescribedBy'))).toEqual([])

      // The full board is a round trip: the phone goes there and back, and stays back on reload.
      await phone.page.getByTestId('open-full-board').tap()
      await phone.page.getByTestId('open-phone-view').tap()
      await phone.page.getByTestId('phone-view').waitFor()
      await phone.page.reload()
      await phone.page.getByTestId('phone-view').waitFor()
      await expect(phone.myNotes().count()).resolves.toBe(1)
    } finally {
      await phone?.close()
      await projector.close()
    }
  })

  test('a code typed on the start page, however sloppily, opens the board', async () => {
    const board = await createRoomBoard(live.server.url, 'From the start page')
    const context = await live.browser.newContext(PHONE)
    try {
      const page = await context.newPage()
      await page.goto(`${live.server.url}/`)
      await page
        .getByLabel('Have a join code?')
        .fill(board.joinCode.toLowerCase().replace('-', ' '))
      await page.getByTestId('join-code-submit').tap()
      await page.getByTestId('join-dialog').waitFor()
      expect(page.url()).toBe(board.editUrl)
    } finally {
      await context.close()
    }
  })

  test('an unknown code is explained in words, and typing the right one joins', async () => {
    const board = await createRoomBoard(live.server.url, 'Second try')
    const wrong = board.joinCode.slice(0, -1) + (board.joinCode.endsWith('Z') ? 'Y' : 'Z')
    // bypassCSP lets axe be injected; the app's own policy refuses inline scripts.
    const context = await live.browser.newContext({ ...PHONE, bypassCSP: true })
    try {
      const page = await context.newPage()
      await page.goto(`${live.server.url}/j/${wrong}`)
      await expect(page.getByTestId('join-code-error').textContent()).resolves.toBe(
        `No board has the join code ${wrong}. Check the code on the projector.`,
      )
      await expect(page.getByTestId('join-code-input').inputValue()).resolves.toBe(wrong)
      const violations = await runAxe(page)
      expect(violations, describeViolations(violations)).toEqual([])

      await page.getByTestId('join-code-input').fill('K7QM')
      await page.getByTestId('join-code-submit').tap()
      await page.getByText('A join code has 8 letters and digits').waitFor()

      await page.getByTestId('join-code-input').fill(board.joinCode)
      await page.getByTestId('join-code-submit').tap()
      await page.getByTestId('join-dialog').waitFor()
      expect(page.url()).toBe(board.editUrl)
    } finally {
      await context.close()
    }
  })

  test('the projector shows the full link when it cannot get a join code', async () => {
    const board = await createRoomBoard(live.server.url, 'Offline projector')
    const context = await live.browser.newContext({ viewport: { width: 1920, height: 1080 } })
    await context.route('**/join-code', (route) => route.abort('internetdisconnected'))
    try {
      const page = await context.newPage()
      await page.goto(board.projectorUrl)
      await expect(page.getByTestId('join-link').textContent()).resolves.toContain(
        `/b/${board.id}#edit=${board.editToken}`,
      )
      await expect(page.getByTestId('join-short-url').count()).resolves.toBe(0)
    } finally {
      await context.close()
    }
  })
})
