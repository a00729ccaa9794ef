import { mkdir } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { useLiveServer } from './fixtures/liveServer'

// Zoomed in to 200% and 400% (WCAG 1.4.10 reflow) and in Windows high contrast (forced colours):
// nothing scrolls sideways, the bars leave the board in sight, and every state still shows.

const SHOTS = '/tmp/shots-zoom'
const live = useLiveServer()

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
})

describe('zoom and high contrast', { timeout: 90_000 }, () => {
  test('at 400% the phone view fits 320 px and a focused field is clear of the header', async () => {
    const board = await createBoard(live.server.url, { title: 'Crisis pathway, phase two' })
    const context = await live.browser.newContext({ viewport: { width: 320, height: 256 } })
    const page = await context.newPage()
    try {
      await page.goto(`${live.server.url}/b/${board.id}#edit=${board.editToken}`)
      const dialog = page.getByTestId('join-dialog')
      await dialog.getByLabel('Your name').fill('Grace')
      await dialog.locator('input[type="radio"][value="lived-experience"]').check()
      await dialog.getByTestId('join-submit').click()
      await dialog.waitFor({ state: 'detached' })
      await page.getByTestId('phone-view').waitFor()
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(320)
      const field = page.locator('.phone-composer-text')
      await field.focus()
      const [header, box] = await Promise.all([
        page.locator('.phone-header').boundingBox(),
        field.boundingBox(),
      ])
      await page.screenshot({ path: `${SHOTS}/phone-400.png` })
      expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1)
    } finally {
      await context.close()
    }
  })

  test('at 200% the bars leave most of the board in sight, with nothing sideways', async () => {
    const board = await createBoard(live.server.url, {
      title: 'Crisis pathway',
      template: 'co-production',
    })
    const context = await live.browser.newContext({ viewport: { width: 683, height: 384 } })
    const page = await context.newPage()
    try {
      await page.goto(`${live.server.url}/b/${board.id}#edit=${board.editToken}`)
      const dialog = page.getByTestId('join-dialog')
      await dialog.getByLabel('Your name').fill('Sian')
      await dialog.locator('input[type="radio"][value="provider"]').check()
      await dialog.getByTestId('join-submit').click()
      await dialog.waitFor({ state: 'detached' })
      const bar = (await page.locator('.stagebar').boundingBox())!
      expect(bar.y + bar.height).toBeLessThanOrEqual(384 * 0.6)
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(683)
      await page.screenshot({ path: `${SHOTS}/board-200.png` })
    } finally {
      await context.close()
    }
  })

  test('in forced colours, cards keep their edges and the chosen stance and colour show', async () => {
    const board = await createBoard(live.server.url, { title: 'High contrast' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = await FacilitationPage.open(live.browser, url, {
      name: 'Amina',
      role: 'lived-experience',
    })
    const page = amina.page
    try {
      await page.emulateMedia({ forcedColors: 'active' })
      await amina.addNote('Peer support on every shift')
      await page.getByTestId('add-outcome').click()
      await page
        .getByTestId('outcome-outcome-editor')
        .pressSequentially('Fewer repeat crisis calls')
      await page.keyboard.press('Escape')
      const outcome = page.getByTestId('outcome-card')
      await outcome.getByTestId('stance-agree').click()
      await amina.takeHat()
      await amina.startVote(3)
      await amina.vote('Peer support')
      await amina.note('Peer support').click()

      const note = amina.note('Peer support')
      const edge = await note.evaluate((element) => getComputedStyle(element).borderTopWidth)
      expect(Number.parseFloat(edge)).toBeGreaterThanOrEqual(2)
      const chosen = outcome.getByTestId('stance-agree')
      const [chosenBackground, otherBackground] = await Promise.all([
        chosen.evaluate((element) => getComputedStyle(element).backgroundColor),
        outcome
          .getByTestId('stance-object')
          .evaluate((element) => getComputedStyle(element).backgroundColor),
      ])
      expect(chosenBackground).not.toBe(otherBackground)
      const dot = page.locator('.vote-dots .vote-dot.is-left').first()
      const dotBackground = await dot.evaluate(
        (element) => getComputedStyle(element).backgroundColor,
      )
      expect(dotBackground).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
      const swatch = page.locator('.note-swatch[aria-checked="true"]')
      await expect(
        swatch.evaluate((element) => getComputedStyle(element).outlineStyle),
      ).resolves.toBe('solid')
      await page.screenshot({ path: `${SHOTS}/forced-colours.png` })
    } finally {
      await amina.close()
    }
  })
})
