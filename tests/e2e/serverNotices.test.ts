import { testDeviceKey } from '../helpers/deviceKeys'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  addNote,
  CLOSE_EXPLANATIONS,
  editText,
  LIMIT_NOTICE_EXPLANATIONS,
  MAX_TEXT_LENGTH,
  PARTICIPANT_PARAM,
  RateLimited,
  readBoard,
  ServerShutdown,
  type CloseCode,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { NOTICE_SHOW_MS } from '../../client/src/core/sync/serverNotices'
import { connectSynced, waitForAcked } from '../helpers/providers'
import { describeViolations, runAxe } from './fixtures/axe'
import { useLiveServer } from './fixtures/liveServer'
import { createRoomBoard, type RoomBoard } from './fixtures/roomBoard'

// A person is told in words when the server cuts their edit to the board's limits or closes
// their connection: on the board and on the phone, and never on the projector in front of the
// room. The limit is tripped for real (two texts merging past it); the closes are made from the
// server side with the codes the server's limits use.

const live = useLiveServer()

const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } }
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
}

/**
 * Opens `url` as participant `participantId`, already joined (no dialog), in a context whose CSP
 * lets axe in, and waits until the board is live. With `clock`, the page's timers are Playwright's
 * fake clock: time flows as usual until a test jumps it forward past a notice's display time.
 */
async function openAs(
  url: string,
  board: RoomBoard,
  participantId: string,
  options: BrowserContextOptions,
  clock = false,
): Promise<Page> {
  const context = await live.browser.newContext({ ...options, bypassCSP: true })
  if (clock) await context.clock.install()
  await context.addInitScript(
    ([key, id, deviceKey]) => {
      localStorage.setItem('coboard:participant', id)
      localStorage.setItem('coboard:device-key', deviceKey)
      localStorage.setItem(key, JSON.stringify({ name: 'Amina', role: 'lived-experience' }))
    },
    [`coboard:board:${board.id}:me`, participantId, testDeviceKey(participantId)],
  )
  const page = await context.newPage()
  await page.goto(url)
  await waitForLive(page)
  return page
}

async function waitForLive(page: Page, timeout = 10_000): Promise<void> {
  const status = page.getByTestId('connection-status')
  await expect.poll(() => status.getAttribute('data-status'), { timeout }).toBe('live')
}

/** The server's connections of `participantId` on `boardId`. */
function connectionsOf(boardId: string, participantId: string) {
  const document = live.server.server.hocuspocus.documents.get(boardId)
  return (document?.getConnections() ?? []).filter(
    (connection) =>
      new URL(connection.request.url).searchParams.get(PARTICIPANT_PARAM) === participantId,
  )
}

/** Closes the sockets of `participantId` on `boardId` from the server, as its limits do. */
function closeFromServer(boardId: string, participantId: string, close: CloseCode): number {
  const connections = connectionsOf(boardId, participantId)
  for (const connection of connections) connection.webSocket.close(close.code, close.reason)
  return connections.length
}

/** The length of a note's text in the server's copy of the board. */
function serverTextLength(boardId: string, id: ItemId): number {
  const document = live.server.server.hocuspocus.documents.get(boardId)
  const note = document ? readBoard(document).items.get(id) : undefined
  return note?.kind === 'note' ? note.text.length : 0
}

/** axe on the notice and its live regions (the rest of each screen has its own a11y tests). */
async function expectNoViolations(page: Page) {
  const violations = await runAxe(page, '.notices')
  expect(violations, describeViolations(violations)).toEqual([])
}

describe('server notices', () => {
  test('a text cut to the limit tells its writer why; the notice waits while focused and closes from the keyboard', async () => {
    const board = await createRoomBoard(live.server.url, 'Long texts')
    const seed = await connectSynced({
      url: live.server.url,
      boardId: board.id,
      token: board.editToken,
    })
    const start = 'Our shared hopes. '.padEnd(MAX_TEXT_LENGTH - 10, '.')
    const id: ItemId = addNote(seed.doc, {
      x: 0,
      y: 0,
      authorId: 'seed' as ParticipantId,
      role: 'provider',
      text: start,
    })
    await waitForAcked(seed)
    const page = await openAs(board.editUrl, board, 'aminaLaptop', LAPTOP, true)
    try {
      // Both sides add 10 characters to a note 10 short of the limit: each is within it on its
      // own, and together they go past it once the laptop's offline edit reaches the server.
      await page.context().setOffline(true)
      const status = page.getByTestId('connection-status')
      await expect.poll(() => status.getAttribute('data-status')).toBe('offline')
      // Opened from the keyboard: a double-click could land beside the note while the board
      // is still fitting itself to the screen, and start a new note there.
      await page.getByTestId('note').first().focus()
      await page.keyboard.press('Enter')
      const editor = page.getByTestId('note-editor')
      await expect(editor.inputValue()).resolves.toBe(start)
      await editor.press('Control+End')
      await editor.pressSequentially('laptop-end')
      await expect(editor.inputValue()).resolves.toBe(`${start}laptop-end`)
      await page.keyboard.press('Escape')
      editText(seed.doc, id, 'text', `${start}seed--side`)
      // On the server before the laptop is back, so that the laptop's edit is the one past the
      // limit (an acknowledgement alone can come before a batched update has been sent).
      await expect.poll(() => serverTextLength(board.id, id)).toBe(MAX_TEXT_LENGTH)
      await page.context().setOffline(false)

      const words = LIMIT_NOTICE_EXPLANATIONS['text-too-long']
      const notice = page.getByTestId('server-notice')
      await page.getByRole('alert').filter({ hasText: words }).waitFor({ timeout: 20_000 })
      await expect(notice.getAttribute('data-tone')).resolves.toBe('warning')
      await expectNoViolations(page)

      // Reached by Tab (it is first in the tab order), kept while focused, closed with Enter.
      const dismiss = page.getByRole('button', { name: 'Dismiss message' })
      // From the top of the page, as a keyboard user arriving at it: not from wherever the note
      // editing above left the focus.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      let presses = 0
      while (!(await dismiss.evaluate((button) => button === document.activeElement))) {
        expect(++presses, 'Tab reaches the dismiss button').toBeLessThan(60)
        await page.keyboard.press('Tab')
      }
      await page.clock.fastForward(NOTICE_SHOW_MS + 1_000)
      await expect(page.getByRole('alert').filter({ hasText: words }).count()).resolves.toBe(1)
      await page.keyboard.press('Enter')
      await dismiss.waitFor({ state: 'detached' })
      await expect(notice.textContent()).resolves.toBe('')
    } finally {
      seed.destroy()
      await page.context().close()
    }
  }, 60_000)

  test('a connection closed for sending too fast is explained, reconnects, and the notice goes by itself', async () => {
    const board = await createRoomBoard(live.server.url, 'Too fast')
    const page = await openAs(board.editUrl, board, 'aminaLaptop', LAPTOP, true)
    try {
      expect(closeFromServer(board.id, 'aminaLaptop', RateLimited)).toBe(1)
      const notice = page.getByTestId('server-notice')
      await notice.getByText(CLOSE_EXPLANATIONS[RateLimited.code]).waitFor()
      await expect(notice.getAttribute('data-tone')).resolves.toBe('warning')
      // Clear of the undo and zoom controls in the bottom corners.
      const box = (await notice.boundingBox())!
      for (const control of ['.undo-controls', '.zoom']) {
        const other = (await page.locator(control).boundingBox())!
        expect(box.x > other.x + other.width || box.x + box.width < other.x).toBe(true)
      }
      await waitForLive(page, 15_000)
      await page.clock.fastForward(NOTICE_SHOW_MS)
      await notice.getByText(CLOSE_EXPLANATIONS[RateLimited.code]).waitFor({ state: 'detached' })
    } finally {
      await page.context().close()
    }
  }, 45_000)

  test('on the phone, a restart is told politely under the header and closes with a tap', async () => {
    const board = await createRoomBoard(live.server.url, 'On the phone')
    const page = await openAs(board.editUrl, board, 'aminaPhone01', PHONE)
    try {
      expect(closeFromServer(board.id, 'aminaPhone01', ServerShutdown)).toBe(1)
      const words = CLOSE_EXPLANATIONS[ServerShutdown.code]
      await page.getByRole('status').filter({ hasText: words }).waitFor()
      const notice = page.getByTestId('server-notice')
      await expect(notice.getAttribute('data-tone')).resolves.toBe('info')
      const header = (await page.locator('.phone-header').boundingBox())!
      const box = (await notice.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(header.y + header.height)
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      await expectNoViolations(page)
      await page.getByRole('button', { name: 'Dismiss message' }).tap()
      await expect(notice.textContent()).resolves.toBe('')
    } finally {
      await page.context().close()
    }
  }, 45_000)

  test('the projector in front of the room shows no notices', async () => {
    const board = await createRoomBoard(live.server.url, 'On the wall')
    const page = await openAs(board.projectorUrl, board, 'projectorWall', {
      viewport: { width: 1920, height: 1080 },
    })
    try {
      expect(closeFromServer(board.id, 'projectorWall', RateLimited)).toBe(1)
      // The page shows that it lost the connection (it reconnects seconds later, after a
      // backoff): it has handled the close, where a notice would come from, and rendered.
      const status = page.getByTestId('connection-status')
      await expect.poll(() => status.getAttribute('data-status')).not.toBe('live')
      await expect(page.getByTestId('server-notice').count()).resolves.toBe(0)
    } finally {
      await page.context().close()
    }
  }, 30_000)
})
