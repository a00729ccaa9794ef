import { testDeviceKey } from '../helpers/deviceKeys'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { goToStage, readBoard, revealStage, startVote, takeHat } from '@coboard/shared'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { editAsServer } from './fixtures/editAsServer'
import { describeViolations, runAxe } from './fixtures/axe'
import { useLiveServer } from './fixtures/liveServer'
import { createRoomBoard, type RoomBoard } from './fixtures/roomBoard'
import { groupHopes, hasWorkshopFixture, seedWorkshop } from './fixtures/workshopSeed'

// axe-core against WCAG 2.1 A and AA on every screen of the room, filled with a real workshop:
// the board with its outline open, the projector, and the phone (joining, then taking part).

const live = useLiveServer()
let board: RoomBoard
let seed: TestClient
let amina: { id: string; role: string }

beforeAll(async () => {
  board = await createRoomBoard(live.server.url, 'Crisis pathway', 'co-production')
  seed = await connectSynced({ url: live.server.url, boardId: board.id, token: board.editToken })
  if (hasWorkshopFixture()) {
    // The whole room's roster and stances, which no one participant's socket may write.
    await editAsServer(live.server, board.id, (doc) => {
      const seeded = seedWorkshop(doc)
      const stages = readBoard(doc).stages
      const sian = seeded.people.get('Sian')!
      const hat = { participantId: sian.id, role: sian.role }
      takeHat(doc, hat)
      revealStage(doc, stages[0].id, hat)
      groupHopes(doc, seeded, 'Sian')
      goToStage(doc, stages[1].id, hat)
      startVote(doc, { budget: 3 }, hat)
      amina = seeded.people.get('Amina')!
    })
    await waitFor(() => readBoard(seed.doc).participants.size > 0, 10_000, 'the seeded room')
  }
  await waitForAcked(seed)
})

afterAll(async () => {
  seed?.destroy()
})

/** A page whose CSP lets axe be injected; `as` makes it an existing participant (no dialog). */
async function openPage(
  url: string,
  options: BrowserContextOptions,
  as?: { id: string; role: string; name: string },
) {
  const context = await live.browser.newContext({ ...options, bypassCSP: true })
  if (as) {
    await context.addInitScript(
      ([key, id, me, deviceKey]) => {
        localStorage.setItem('coboard:participant', id)
        localStorage.setItem('coboard:device-key', deviceKey)
        localStorage.setItem(key, me)
      },
      [
        `coboard:board:${board.id}:me`,
        as.id,
        JSON.stringify({ name: as.name, role: as.role }),
        testDeviceKey(as.id),
      ],
    )
  }
  const page = await context.newPage()
  await page.goto(url)
  await page.getByTestId('connection-status').and(page.locator('[data-status="live"]')).waitFor()
  return page
}

async function expectNoViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, describeViolations(violations)).toEqual([])
}

describe.skipIf(!hasWorkshopFixture())(
  'a11y',
  () => {
    test('the board, with the outline open, has no WCAG 2.1 AA violations', async () => {
      const page = await openPage(
        board.editUrl,
        { viewport: { width: 1366, height: 768 } },
        { ...amina, name: 'Amina' },
      )
      try {
        await page.getByTestId('note').first().waitFor()
        await page.getByTestId('outline-toggle').click()
        await page.getByTestId('outline-panel').waitFor()
        await expectNoViolations(page)
      } finally {
        await page.context().close()
      }
    })

    test('a new board, before anyone facilitates, has no WCAG 2.1 AA violations', async () => {
      // The seeded board has a facilitator; the hat button reads differently without one.
      const fresh = await createRoomBoard(live.server.url, 'Fresh start', 'co-production')
      const page = await openPage(
        fresh.editUrl,
        { viewport: { width: 1366, height: 768 } },
        { ...amina, name: 'Amina' },
      )
      try {
        await page.getByTestId('hat-button').waitFor()
        await expectNoViolations(page)
      } finally {
        await page.context().close()
      }
    })

    test('the projector has no WCAG 2.1 AA violations', async () => {
      const page = await openPage(board.projectorUrl, { viewport: { width: 1920, height: 1080 } })
      try {
        await page.getByTestId('join-qr').waitFor()
        await page.getByTestId('note').first().waitFor()
        await expectNoViolations(page)
      } finally {
        await page.context().close()
      }
    })

    test('the phone, joining and then taking part, has no WCAG 2.1 AA violations', async () => {
      const page = await openPage(board.editUrl, {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      })
      try {
        const dialog = page.getByTestId('join-dialog')
        await dialog.waitFor()
        await expectNoViolations(page)
        await dialog.getByLabel('Your name').fill('Precious')
        await dialog.locator('input[type="radio"][value="lived-experience"]').check()
        await dialog.getByTestId('join-submit').tap()
        await dialog.waitFor({ state: 'detached' })
        await page.getByTestId('vote-candidate').first().waitFor()
        await expectNoViolations(page)
      } finally {
        await page.context().close()
      }
    })
  },
  60_000,
)

// Needs no workshop fixture: a board of its own, and only the controls these tests look at.
describe('a11y of consent and the Invite menu', () => {
  async function joinAs(page: Page, name: string) {
    const dialog = page.getByTestId('join-dialog')
    await dialog.getByLabel('Your name').fill(name)
    await dialog.locator('input[type="radio"][value="lived-experience"]').check()
    await dialog.getByTestId('join-submit').click()
    await dialog.waitFor({ state: 'detached' })
  }

  async function expectNoViolationsIn(page: Page, selector: string) {
    const violations = await runAxe(page, selector)
    expect(violations, describeViolations(violations)).toEqual([])
  }

  test('the consent choice on a note and the Invite menu have no WCAG 2.1 AA violations', async () => {
    const own = await createRoomBoard(live.server.url, 'Consent on a laptop')
    const page = await openPage(own.editUrl, { viewport: { width: 1366, height: 768 } })
    try {
      await joinAs(page, 'Amina')
      await page.getByTestId('add-note').click()
      await page.getByTestId('note-editor').pressSequentially('Only for this room')
      await page.keyboard.press('Escape')
      await page.getByTestId('note').first().focus()
      await page.getByTestId('consent-select').selectOption('room-only')
      await page.getByTestId('room-only-mark').waitFor()
      await expectNoViolationsIn(page, '.note-toolbar')
      await page.keyboard.press('Escape')
      await page.getByTestId('invite-button').click()
      await page.getByTestId('open-projector').waitFor()
      await expectNoViolationsIn(page, '.invite')
    } finally {
      await page.context().close()
    }
  })

  test('the phone’s consent choices have no WCAG 2.1 AA violations', async () => {
    const own = await createRoomBoard(live.server.url, 'Consent on a phone')
    const page = await openPage(own.editUrl, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    try {
      await joinAs(page, 'Precious')
      await page.getByTestId('phone-consent-summary').click()
      await page.getByTestId('consent-radios').waitFor()
      await expectNoViolationsIn(page, '.phone-composer')
    } finally {
      await page.context().close()
    }
  })
})
