import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { describeViolations, runAxe } from './fixtures/axe'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'
import { CoproductionPage } from './fixtures/CoproductionPage'

// Co-producing in real browsers against a real server: a lived-experience participant and a
// provider, each on their own device, reframing "they" into "we" and agreeing outcomes.

// Two browsers, a build and a server on a shared machine: give each test room, and each step
// (see CoproductionPage) a shorter limit of its own, so a stuck step names itself.
const TEST_TIMEOUT = 90_000
/** vitest's expect.poll gives up after one second by default: too soon for a loaded machine. */
const POLL = { timeout: 15_000 }

const live = useLiveServer()

async function openTwoPages(title: string, template: 'co-production' | 'blank' = 'blank') {
  const board = await createBoard(live.server.url, { title, template })
  const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
  const amina = await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' })
  const sian = await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
  return { amina: new CoproductionPage(amina), sian: new CoproductionPage(sian) }
}

describe('co-production', () => {
  test(
    'a “they” note offers “Reframe as we”, and both sides accept the card on both pages',
    async () => {
      const { amina, sian } = await openTwoPages('They to we')
      try {
        await amina.board.addNote()
        await amina.board.typeInNote('They never call back')
        const chip = amina.reframeChipFor('They never call back')
        await chip.waitFor()
        expect(await chip.textContent()).toContain('Reframe as we')
        expect(await chip.getAttribute('title')).toContain('Noticed “they never”')

        await chip.click()
        const mine = amina.reframeByText('They never call back')
        await mine.waitFor()
        // The caret is in the "we" half, after the suggested opening, ready to edit.
        expect(await amina.focusedTestId()).toBe('reframe-we-editor')
        const editor = amina.page.getByTestId('reframe-we-editor')
        expect(await editor.inputValue()).toMatch(/^We could /)
        await amina.page.keyboard.type(' and say when')
        await amina.page.keyboard.press('Escape')
        // Once reframed, the note stops offering it.
        await chip.waitFor({ state: 'detached' })

        const theirs = sian.reframeByText('They never call back')
        await theirs.waitFor()
        await expect.poll(() => theirs.textContent(), POLL).toContain('and say when')
        // Said by the lived-experience side, whoever reframed it.
        expect(await theirs.locator('.role-tag').getAttribute('data-role')).toBe('lived-experience')

        await amina.accept(mine)
        await sian.fitBoard()
        await sian.accept(theirs)
        const both = ['lived-experience', 'provider']
        await expect.poll(() => amina.acceptedSides(mine), POLL).toEqual(both)
        await expect.poll(() => sian.acceptedSides(theirs), POLL).toEqual(both)
        // Every side present has accepted: the card says so on both pages.
        for (const card of [mine, theirs]) {
          const status = card.getByTestId('reframe-status')
          await expect.poll(() => status.getAttribute('data-all'), POLL).toBe('true')
          expect(await status.textContent()).toContain('Accepted by all sides')
        }

        // A party and a verb on no list of the old detector: the chip comes, says why, and
        // anyone's "Not blame" takes it away for everyone.
        const unlisted = 'The housing association ignores every repair request'
        await amina.board.addNote()
        await amina.board.typeInNote(unlisted)
        await amina.reframeChipFor(unlisted).waitFor()
        expect(await amina.reframeCueFor(unlisted).textContent()).toContain(
          '“the housing association ignores”',
        )
        const theirChip = sian.reframeChipFor(unlisted)
        await theirChip.waitFor()
        await sian.reframeDismissFor(unlisted).click()
        await theirChip.waitFor({ state: 'detached' })
        await amina.reframeChipFor(unlisted).waitFor({ state: 'detached' })
        await amina.board.noteByText(unlisted).waitFor()
      } finally {
        await amina.board.close()
        await sian.board.close()
      }
    },
    TEST_TIMEOUT,
  )

  test(
    'an outcome agreed from two pages shows “agreed by all” in the framework panel',
    async () => {
      // The workshop template: its stage bar floats over the top of the board.
      const { amina, sian } = await openTwoPages('Outcomes', 'co-production')
      try {
        const card = await amina.addOutcome('Nobody waits longer than promised for a call back')
        await card.waitFor()

        // Sian words the measure in the framework table; it appears on Amina's card.
        const panel = await sian.openFramework()
        const row = sian.frameworkRows(panel).first()
        await row.waitFor()
        await row.getByTestId('fw-measure').fill('Time from message to call back')
        await expect
          .poll(() => card.textContent(), POLL)
          .toContain('Time from message to call back')
        expect(await panel.getByTestId('framework-count').textContent()).toBe(
          '0 of 1 agreed by all',
        )
        // At 1366 × 768 the stage bar floats over the board's top: the panel sits clear of it.
        await expect.poll(() => sian.isUncovered(panel.getByTestId('framework-count'))).toBe(true)
        const balance = await sian.openBalance()
        await expect.poll(() => sian.isUncovered(balance.getByRole('heading').first())).toBe(true)

        // One side agreeing is not enough: every side present must agree.
        await amina.stanceOnCard(card, 'agree')
        await expect
          .poll(
            () => row.locator('[data-role="lived-experience"]').getAttribute('data-status'),
            POLL,
          )
          .toBe('agreed')
        expect(await row.getByTestId('agreed-by-all').count()).toBe(0)

        await row.getByTestId('stance-agree').click()
        await expect
          .poll(() => panel.getByTestId('framework-count').textContent(), POLL)
          .toBe('1 of 1 agreed by all')
        await row.getByTestId('agreed-by-all').waitFor()
        expect(await panel.textContent()).toContain(
          'Agreed by all = every side present agrees and nobody objects.',
        )
        await card.getByTestId('agreed-by-all').waitFor()

        // Dragging across the card's agreement list selects no text on the board.
        const list = card.locator('.agreement-list')
        const box = (await list.boundingBox())!
        await amina.page.mouse.move(box.x + 4, box.y + box.height / 2)
        await amina.page.mouse.down()
        await amina.page.mouse.move(box.x + box.width + 200, box.y + 240, { steps: 5 })
        await amina.page.mouse.up()
        await expect(
          amina.page.evaluate(() => window.getSelection()?.toString() ?? ''),
        ).resolves.toBe('')

        // An objection asks why, as a concern does, and the framework shows the reason.
        await row.getByTestId('stance-object').click()
        await row.getByTestId('objection-note').fill('No data source for call-backs yet')
        await row.getByTestId('objection-note').press('Enter')
        await expect
          .poll(() => row.textContent(), POLL)
          .toContain('Provider: No data source for call-backs yet')
        await expect(row.getByTestId('agreed-by-all').count()).resolves.toBe(0)
      } finally {
        await amina.board.close()
        await sian.board.close()
      }
    },
    TEST_TIMEOUT,
  )

  test(
    'the side panels open and close from the keyboard and pass axe',
    async () => {
      const board = await createBoard(live.server.url, { title: 'Panels' })
      const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
      const context = await live.browser.newContext({
        viewport: { width: 1920, height: 1080 },
        // axe is injected as an inline script, which the app's CSP rightly refuses otherwise.
        bypassCSP: true,
      })
      const page = await context.newPage()
      try {
        await page.goto(url)
        const dialog = page.getByTestId('join-dialog')
        await dialog.getByLabel('Your name').fill('Helen')
        await dialog.locator('input[type="radio"][value="commissioner"]').check()
        await dialog.getByTestId('join-submit').click()
        await dialog.waitFor({ state: 'detached' })
        await page.getByTestId('add-outcome').click()
        await page.getByTestId('outcome-outcome-editor').pressSequentially('Carers feel included')
        await page.keyboard.press('Escape')

        const toggle = page.getByTestId('toggle-framework')
        await toggle.focus()
        await page.keyboard.press('Enter')
        const panel = page.getByTestId('side-panel-framework')
        await panel.waitFor()
        // Focus moves into the panel, on its heading, so a screen reader announces where it is.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
          'Add outcome',
        )

        await page.getByTestId('toggle-balance').click()
        await page.getByTestId('side-panel-balance').waitFor()
        const verdict = await page.getByTestId('balance-verdict').textContent()
        expect(verdict).toContain('Balanced')

        const ours = /side-panel|fw-|framework|balance|agreement|stance|outcome|cocard|reframe/
        const violations = (await runAxe(page)).filter((v) => v.targets.some((t) => ours.test(t)))
        expect(violations, describeViolations(violations)).toEqual([])

        // Escape closes the panel that has focus and gives focus back to its toggle.
        await page.getByTestId('side-panel-balance').locator('h2').focus()
        await page.keyboard.press('Escape')
        await page.getByTestId('side-panel-balance').waitFor({ state: 'detached' })
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'toggle-balance',
        )
      } finally {
        await context.close()
      }
    },
    TEST_TIMEOUT,
  )
})
