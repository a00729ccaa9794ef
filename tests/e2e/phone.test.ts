import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { useLiveServer } from './fixtures/liveServer'
import { PhonePage } from './fixtures/PhonePage'
import { createRoomBoard } from './fixtures/roomBoard'
import { describeViolations, runAxe } from './fixtures/axe'

// The phone does what a laptop does for a participant (issue #16, item 3): it edits and deletes
// its own cards, starts a reframe, and says where it stands on the framework's outcomes.

const live = useLiveServer()

/** Saves what the phone shows when PHONE_SHOTS names a folder, to look at by eye. */
async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.PHONE_SHOTS
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` })
}

/** Passes axe, fits the phone's width, and every control in view is at least 44 px each way. */
async function expectPhoneReady(page: Page): Promise<void> {
  const violations = await runAxe(page)
  expect(violations, describeViolations(violations)).toEqual([])
  const problems = await page.evaluate(() => {
    const found: string[] = []
    if (document.documentElement.scrollWidth > window.innerWidth) {
      found.push(`the page is ${document.documentElement.scrollWidth}px wide`)
    }
    const modal = document.querySelector('dialog[open]')
    const controls = (modal ?? document).querySelectorAll<HTMLElement>(
      'button, input:not([type="radio"]), textarea, select, summary, label:has(input[type="radio"])',
    )
    for (const control of controls) {
      const box = control.getBoundingClientRect()
      const inView = box.bottom > 0 && box.top < window.innerHeight && box.width > 0
      if (inView && (box.width < 44 || box.height < 44)) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim()
        found.push(
          `${control.tagName} "${name}" is ${Math.round(box.width)}x${Math.round(box.height)}`,
        )
      }
    }
    return found
  })
  expect(problems).toEqual([])
}

const DEV = { name: 'Dev', role: 'provider' }
const AMINA = { name: 'Amina', role: 'lived-experience' }
const AXE = { forAxe: true }

describe('phone', () => {
  test('a phone edits and deletes its own note, with an undo, and a laptop sees each step', async () => {
    const board = await createRoomBoard(live.server.url, 'Waiting times')
    const phone = await PhonePage.open(live.browser, board.editUrl, DEV, AXE)
    const laptop = await BoardPage.open(live.browser, board.editUrl, AMINA)
    try {
      await phone.addNote('Waiting lists are too long')
      await laptop.noteByText('Waiting lists are too long').waitFor()

      const sheet = await phone.openMyNote('Waiting lists are too long')
      await shoot(phone.page, 'own-note-sheet')
      await expectPhoneReady(phone.page)
      await sheet.getByTestId('own-card-text').fill('Waiting lists for therapy are too long')
      await sheet.getByTestId('own-card-done').tap()
      await sheet.waitFor({ state: 'detached' })
      await laptop.noteByText('Waiting lists for therapy are too long').waitFor()
      await expect(phone.myNotes().first().textContent()).resolves.toContain('for therapy')

      await (await phone.openMyNote('for therapy')).getByTestId('delete-own-card').tap()
      const undo = phone.page.getByTestId('undo-delete')
      await undo.waitFor()
      await shoot(phone.page, 'deleted-undo')
      await expectPhoneReady(phone.page)
      await expect.poll(() => laptop.notes().count()).toBe(0)
      await expect(phone.myNotes().count()).resolves.toBe(0)

      await undo.tap()
      await laptop.noteByText('Waiting lists for therapy are too long').waitFor()
      await expect.poll(() => phone.myNotes().count()).toBe(1)
    } finally {
      await phone.close()
      await laptop.close()
    }
  })

  test('the phone opens, edits and closes its note from the keyboard', async () => {
    const board = await createRoomBoard(live.server.url, 'Keys')
    const phone = await PhonePage.open(live.browser, board.editUrl, DEV, AXE)
    try {
      await phone.addNote('Letters arrive late')
      const row = phone.myNotes().first().getByTestId('open-own-card')
      await row.focus()
      await phone.page.keyboard.press('Enter')
      const sheet = phone.page.getByTestId('own-card-sheet')
      await sheet.waitFor()
      await expect
        .poll(() => phone.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('own-card-text')
      await phone.page.keyboard.press('End')
      await phone.page.keyboard.type(' or never')
      await phone.page.keyboard.press('Escape')
      await sheet.waitFor({ state: 'detached' })
      // Focus goes back to where it came from, so the keyboard user is not lost.
      await expect
        .poll(() => phone.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('open-own-card')
      await expect(phone.myNotes().first().textContent()).resolves.toContain('late or never')

      // Delete from the keyboard, and take it back: focus waits on "Undo".
      await phone.page.keyboard.press('Enter')
      await sheet.getByTestId('delete-own-card').focus()
      await phone.page.keyboard.press('Enter')
      await expect
        .poll(() => phone.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('undo-delete')
      await expect(phone.myNotes().count()).resolves.toBe(0)
      await phone.page.keyboard.press('Enter')
      await expect.poll(() => phone.myNotes().count()).toBe(1)
    } finally {
      await phone.close()
    }
  })

  test('a note edited on the phone during private writing stays private', async () => {
    const board = await createRoomBoard(live.server.url, 'Hopes and fears', 'co-production')
    const phone = await PhonePage.open(live.browser, board.editUrl, DEV, AXE)
    const laptop = await BoardPage.open(live.browser, board.editUrl, AMINA)
    try {
      await phone.addNote('Staff are stretched')
      await laptop.page.getByTestId('face-down-note').waitFor()
      const sheet = await phone.openMyNote('Staff are stretched')
      await expect(sheet.getByTestId('own-card-private').count()).resolves.toBe(1)
      await sheet.getByTestId('own-card-text').fill('Staff are stretched thin on nights')
      await sheet.getByTestId('own-card-done').tap()
      await expect.poll(() => phone.myNotes().first().textContent()).toContain('thin on nights')
      await phone.myNotes().first().scrollIntoViewIfNeeded()
      await shoot(phone.page, 'private-own-notes')
      await expect(laptop.page.content()).resolves.not.toContain('thin on nights')
      await expect(laptop.page.getByTestId('face-down-note').count()).resolves.toBe(1)
    } finally {
      await phone.close()
      await laptop.close()
    }
  })

  test('the phone is offered no edit or delete on a laptop’s note', async () => {
    const board = await createRoomBoard(live.server.url, 'Theirs')
    const phone = await PhonePage.open(live.browser, board.editUrl, DEV, AXE)
    const laptop = await BoardPage.open(live.browser, board.editUrl, AMINA)
    try {
      await laptop.addNote()
      await laptop.typeInNote('Amina wrote this one')
      await phone.addNote('Dev wrote this one')
      await expect(phone.myNotes().count()).resolves.toBe(1)
      await expect(phone.myNotes().filter({ hasText: 'Amina wrote' }).count()).resolves.toBe(0)
      const fields = await phone.page
        .locator('textarea, input')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLInputElement).value))
      expect(fields.join('|')).not.toContain('Amina wrote')
    } finally {
      await phone.close()
      await laptop.close()
    }
  })

  test('the phone reframes its note as "we", and the laptop sees the card and accepts it', async () => {
    const board = await createRoomBoard(live.server.url, 'Call-backs')
    const phone = await PhonePage.open(live.browser, board.editUrl, DEV, AXE)
    const laptop = await BoardPage.open(live.browser, board.editUrl, AMINA)
    const coproduction = new CoproductionPage(laptop)
    try {
      await phone.addNote('They never ring back when they promise')
      const sheet = await phone.openMyNote('never ring back')
      await sheet.getByTestId('reframe-own-note').tap()
      const we = sheet.getByTestId('phone-we-text')
      await we.waitFor()
      await shoot(phone.page, 'reframe-form')
      await expectPhoneReady(phone.page)
      await we.fill('We could agree a call-back time together')
      await sheet.getByTestId('add-reframe').tap()
      await sheet.waitFor({ state: 'detached' })

      const card = coproduction.reframeByText('never ring back')
      await card.waitFor()
      await expect(card.textContent()).resolves.toContain('agree a call-back time together')
      await coproduction.accept(card)

      const onPhone = phone.page
        .getByTestId('phone-reframe')
        .filter({ hasText: 'agree a call-back time' })
      await onPhone.getByTestId('accept-reframe').tap()
      await expect
        .poll(() => card.getByTestId('reframe-status').getAttribute('data-all'))
        .toBe('true')
      await expect
        .poll(() => onPhone.getByTestId('reframe-status').getAttribute('data-all'))
        .toBe('true')
      // The phone's own reframe is among its cards, to edit or take back.
      await expect(phone.myNotes().filter({ hasText: 'agree a call-back' }).count()).resolves.toBe(
        1,
      )
      await onPhone.scrollIntoViewIfNeeded()
      await shoot(phone.page, 'reframe-accepted')
      await expectPhoneReady(phone.page)
      const own = await phone.openMyNote('agree a call-back')
      await expect(own.getByTestId('own-card-text').inputValue()).resolves.toBe(
        'We could agree a call-back time together',
      )
      await shoot(phone.page, 'own-reframe-sheet')
      await expectPhoneReady(phone.page)
    } finally {
      await phone.close()
      await laptop.close()
    }
  })

  test('the phone records a concern with its reason on a laptop’s outcome, and agrees', async () => {
    const board = await createRoomBoard(live.server.url, 'Framework')
    const phone = await PhonePage.open(live.browser, board.editUrl, DEV, AXE)
    const laptop = await BoardPage.open(live.browser, board.editUrl, AMINA)
    const coproduction = new CoproductionPage(laptop)
    try {
      await coproduction.addOutcome('Fewer repeat crisis calls')
      const panel = await coproduction.openFramework()
      const row = coproduction.frameworkRows(panel).first()
      await row.getByTestId('fw-measure').fill('Calls from the same person within 30 days')
      await row.getByTestId('fw-target').fill('A third fewer by March')

      const outcome = phone.page
        .getByTestId('phone-outcome')
        .filter({ hasText: 'Fewer repeat crisis calls' })
      await outcome.waitFor()
      await expect.poll(() => outcome.textContent()).toContain('A third fewer by March')
      await expect(outcome.textContent()).resolves.toContain('within 30 days')

      await outcome.getByTestId('stance-concerns').tap()
      await outcome.getByTestId('concern-note').fill('Who counts the calls?')
      await expectPhoneReady(phone.page)
      await outcome.getByRole('button', { name: 'Save' }).tap()
      await expect.poll(() => panel.textContent()).toContain('Who counts the calls?')
      await expect(outcome.textContent()).resolves.toContain('Who counts the calls?')
      await shoot(phone.page, 'concern-reason')
      await expectPhoneReady(phone.page)

      await outcome.getByTestId('stance-agree').tap()
      // The card is under the open framework panel: the laptop agrees from the table.
      await row.getByTestId('stance-agree').click()
      await outcome.getByTestId('agreed-by-all').waitFor()
      await shoot(phone.page, 'outcome-agreed')
      await expectPhoneReady(phone.page)
    } finally {
      await phone.close()
      await laptop.close()
    }
  })
})
