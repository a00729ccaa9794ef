import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { createBoard } from '../helpers/api'
import { axNodeOf } from './fixtures/axTree'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { PhonePage } from './fixtures/PhonePage'
import { useLiveServer } from './fixtures/liveServer'

// Issue #22, items 3, 4, 10 and 11, by keyboard alone: after every action the focus is somewhere
// meaningful (never the page body), the vote results are a dialog that holds and returns the
// focus, others' activity that matters is said in the live region, and Tab reaches a panel or
// toolbar right after the control it belongs to.

const POLL = { timeout: 15_000 }
const live = useLiveServer()

/** What has the focus, as a test reads it: its test id, else its id, else its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'body'
    return element.getAttribute('data-testid') ?? (element.id || element.tagName.toLowerCase())
  })

/** Whether the focus is inside the element matching `selector`. */
const focusIsIn = (page: Page, selector: string) =>
  page.evaluate((query) => !!document.activeElement?.closest(query), selector)

const said = (page: Page) => page.getByTestId('live-announcer').textContent()

describe('focus after an action', { timeout: 120_000 }, () => {
  test('creating a board focuses its links; “Open board” opens the new tab it shows', async () => {
    const context = await live.browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    try {
      await page.goto(live.server.url)
      await page.locator('#board-title').focus()
      await page.keyboard.type('Focus after create')
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('links-heading')
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({
        role: 'heading',
        name: 'Focus after create',
      })

      const open = page.locator('.landing-open')
      await expect(axNodeOf(page, '.landing-open')).resolves.toMatchObject({
        name: 'Open board (opens in a new tab)',
      })
      await open.focus()
      const opened = context.waitForEvent('page')
      await page.keyboard.press('Enter')
      const board = await opened
      await board.waitForURL(/\/b\//)
      // The links stay on screen in the first tab, where they can still be saved.
      await expect(page.locator('#links-heading').isVisible()).resolves.toBe(true)
    } finally {
      await context.close()
    }
  })

  test('joining on a laptop focuses “Add note”; changing your side returns to your button', async () => {
    const board = await createBoard(live.server.url, { title: 'Join by keyboard' })
    const person = await BoardPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
    )
    const page = person.page
    try {
      const dialog = page.getByTestId('join-dialog')
      await expect.poll(() => focused(page), POLL).toBe('join-name')
      await page.keyboard.type('Dev')
      await dialog.locator('input[type="radio"][value="provider"]').focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('Enter')
      await dialog.waitFor({ state: 'detached' })
      await expect.poll(() => focused(page), POLL).toBe('add-note')

      await page.getByTestId('people-here').focus()
      await page.keyboard.press('Enter')
      const change = page.getByTestId('people-panel').getByRole('button', { name: /change/i })
      await change.focus()
      await page.keyboard.press('Enter')
      await dialog.waitFor()
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      await expect.poll(() => focused(page), POLL).toBe('people-here')
    } finally {
      await person.close()
    }
  })

  test('joining on a phone focuses the note composer', async () => {
    const board = await createBoard(live.server.url, { title: 'Join on a phone' })
    const phone = await PhonePage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
    )
    const page = phone.page
    try {
      const dialog = page.getByTestId('join-dialog')
      await dialog.getByLabel('Your name').fill('Ola')
      await dialog.locator('input[type="radio"][value="lived-experience"]').focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('Enter')
      await dialog.waitFor({ state: 'detached' })
      await expect.poll(() => focused(page), POLL).toBe('phone-note-text')
    } finally {
      await phone.close()
    }
  })

  test('the hat: taking it returns to the hat button, the log takes and gives back focus', async () => {
    const board = await createBoard(live.server.url, { title: 'Hat by keyboard' })
    const amina = await FacilitationPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Amina', role: 'lived-experience' },
    )
    const page = amina.page
    try {
      await page.getByTestId('hat-button').focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('take-hat').focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('stage-next').waitFor()
      await expect.poll(() => focused(page), POLL).toBe('hat-button')
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({
        name: 'You: You wear the facilitator hat. Show options',
      })

      await page.keyboard.press('Enter')
      await page.getByRole('button', { name: 'Facilitation log' }).focus()
      await page.keyboard.press('Enter')
      await expect
        .poll(() => axNodeOf(page, ':focus'), POLL)
        .toMatchObject({
          role: 'heading',
          name: 'Facilitation log',
        })
      await page.keyboard.press('Shift+Tab')
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({ name: 'Back' })
      await page.keyboard.press('Enter')
      await expect
        .poll(() => axNodeOf(page, ':focus'), POLL)
        .toMatchObject({
          name: 'Facilitation log',
          role: 'button',
        })
      await page.keyboard.press('Escape')
      await expect.poll(() => focused(page), POLL).toBe('hat-button')
    } finally {
      await amina.close()
    }
  })

  test('deleting a note moves focus to the next note, then to “Add note”, and says so', async () => {
    const board = await createBoard(live.server.url, { title: 'Delete by keyboard' })
    const person = await BoardPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Dev', role: 'provider' },
    )
    const page = person.page
    try {
      for (const text of ['First note', 'Second note', 'Third note']) {
        await person.addNote()
        await person.typeInNote(text)
      }
      await person.noteByText('First note').focus()
      await page.keyboard.press('Delete')
      await expect.poll(() => person.notes().count(), POLL).toBe(2)
      await expect.poll(() => focused(page), POLL).toBe('note')
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({
        name: expect.stringContaining('Second note'),
      })
      await expect.poll(() => said(page), POLL).toBe('Note deleted. Ctrl+Z brings it back.')

      // From the selected note's toolbar, too.
      await person.noteByText('Third note').focus()
      await page.getByTestId('note-toolbar').getByRole('button', { name: 'Delete' }).focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => person.notes().count(), POLL).toBe(1)
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({
        name: expect.stringContaining('Second note'),
      })

      await page.keyboard.press('Delete')
      await expect.poll(() => person.notes().count(), POLL).toBe(0)
      await expect.poll(() => focused(page), POLL).toBe('add-note')
      await expect.poll(() => said(page), POLL).toBe('Note deleted. Ctrl+Z brings it back.')
    } finally {
      await person.close()
    }
  })

  test('saving a concern returns to the stance button', async () => {
    const board = await createBoard(live.server.url, { title: 'Concern by keyboard' })
    const amina = new CoproductionPage(
      await BoardPage.open(
        live.browser,
        `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
        { name: 'Amina', role: 'lived-experience' },
      ),
    )
    const page = amina.page
    try {
      const card = await amina.addOutcome('Every caller hears back within two hours')
      await card.getByTestId('stance-concerns').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('concern-note')
      await page.keyboard.type('Nights are hard to cover')
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('stance-concerns')
      await expect(axNodeOf(page, ':focus')).resolves.toMatchObject({ name: 'Concerns' })
    } finally {
      await amina.board.close()
    }
  })
})

describe('the vote results are a dialog', { timeout: 120_000 }, () => {
  test('starting a vote and revealing it keep the focus; the results hold it and give it back', async () => {
    const board = await createBoard(live.server.url, { title: 'Vote focus' })
    const amina = await FacilitationPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Amina', role: 'lived-experience' },
    )
    const page = amina.page
    try {
      await amina.addNote('Peer support on every shift')
      await amina.takeHat()
      await page.getByTestId('start-vote').focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('start-vote-submit').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('vote-status-text')
      await expect(
        page.evaluate(() => document.activeElement?.textContent ?? ''),
      ).resolves.toContain('dots left')

      await page.getByTestId('reveal-vote').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('vote-results-title')
      await expect(axNodeOf(page, '[data-testid="vote-results"]')).resolves.toMatchObject({
        role: 'dialog',
        name: 'What the room chose',
      })
      // Nothing behind the results takes the focus, however long one tabs.
      for (let step = 0; step < 6; step++) {
        await page.keyboard.press('Tab')
        await expect(focusIsIn(page, '[data-testid="vote-results"]')).resolves.toBe(true)
      }
      await page.keyboard.press('Escape')
      await page.getByTestId('vote-results').waitFor({ state: 'detached' })
      await expect.poll(() => focused(page), POLL).toBe('show-results')

      // Opened again from the stage bar, Close gives the focus back to that button.
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('vote-results-title')
      await page.getByRole('button', { name: 'Close the results' }).focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('show-results')

      // Already revealed when the board loads, the results show without a modal, so the board
      // can be used (exported, say); reopened by request, they are the dialog again.
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('vote-results-title')
      await page.reload()
      const results = page.getByTestId('vote-results')
      await results.waitFor()
      await expect(page.evaluate(() => document.querySelector('dialog:modal'))).resolves.toBe(null)
      await page.getByTestId('add-note').click()
      await page.getByRole('button', { name: 'Close the results' }).click()
      await results.waitFor({ state: 'detached' })
      await page.getByTestId('show-results').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => focused(page), POLL).toBe('vote-results-title')
      await expect(
        page.evaluate(() => document.querySelector('dialog:modal')?.getAttribute('data-testid')),
      ).resolves.toBe('vote-results')
    } finally {
      await amina.close()
    }
  })
})

describe('others’ activity is said', { timeout: 120_000 }, () => {
  test('the hat taken, a concern and an objection, results revealed, the “they” nudge', async () => {
    const board = await createBoard(live.server.url, { title: 'Said aloud' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = await FacilitationPage.open(live.browser, url, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const sian = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' }),
    )
    const heard = sian.page
    try {
      await amina.takeHat()
      await expect.poll(() => said(heard), POLL).toContain('Amina took the facilitator hat.')

      const outcome = 'Every caller hears back within two hours'
      await sian.addOutcome(outcome)
      const theirs = amina.page.getByTestId('outcome-card').filter({ hasText: outcome })
      await theirs.getByTestId('stance-object').click()
      await amina.page.getByTestId('objection-note').fill('No data on call-backs')
      await amina.page.getByTestId('objection-note').press('Enter')
      await expect.poll(() => said(heard), POLL).toContain('Amina objects to an outcome.')
      await theirs.getByTestId('stance-concerns').click()
      await amina.page.getByTestId('concern-note').fill('Nights are hard')
      await amina.page.getByTestId('concern-note').press('Enter')
      await expect.poll(() => said(heard), POLL).toContain('Amina has concerns about an outcome.')

      await amina.startVote(2)
      await amina.page.getByTestId('reveal-vote').click()
      await expect.poll(() => said(heard), POLL).toContain('The vote results are revealed.')
      await heard.getByRole('button', { name: 'Close the results' }).click()

      // My own note gets the nudge once it has settled, not at each keystroke.
      await sian.board.addNote()
      await sian.board.typeInNote('They never call back when they say they will')
      await expect
        .poll(() => said(heard), POLL)
        .toContain('Your note may read as blaming “they”: “Reframe as we” is offered beside it')
    } finally {
      await amina.close()
      await sian.board.close()
    }
  })
})

describe('Tab reaches what belongs to a control next', { timeout: 120_000 }, () => {
  test('the agenda comes right after its button, the note toolbar right after its note', async () => {
    const board = await createBoard(live.server.url, {
      title: 'Tab order',
      template: 'co-production',
    })
    const person = await BoardPage.open(
      live.browser,
      `${live.server.url}/b/${board.id}#edit=${board.editToken}`,
      { name: 'Dev', role: 'provider' },
    )
    const page = person.page
    try {
      await page.getByTestId('stage-step').focus()
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      await expect(focusIsIn(page, '.agenda')).resolves.toBe(true)
      await page.keyboard.press('Escape')

      await person.addNote()
      await person.typeInNote('A note with a toolbar')
      await person.noteByText('A note with a toolbar').focus()
      await page.keyboard.press('Tab')
      await expect(focusIsIn(page, '[data-testid="note-toolbar"]')).resolves.toBe(true)
      await page.keyboard.press('Shift+Tab')
      await expect.poll(() => focused(page), POLL).toBe('note')
    } finally {
      await person.close()
    }
  })
})
