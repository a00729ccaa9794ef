import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CreateBoardResponse } from '@coboard/shared'
import { makeSampleBoard } from '../../shared/src/board/export/testing/sampleBoard'
import { storeNewBoard } from '../../server/src/board/storeNewBoard'
import { startServer, type TestServer } from '../helpers/server'
import { launchBrowser } from './fixtures/browser'

// The printable report as people print it: the server's HTML, opened in Chromium under the
// server's own strict policy, printed to an A4 PDF. pdftotext (poppler-utils) reads the PDF
// back. EXPORT_SHOTS_DIR=/some/folder keeps the PDF for people to look at.

const TITLE = 'Improving the community mental health crisis pathway'

let browser: Browser
let server: TestServer
let board: CreateBoardResponse
let workDir: string

beforeAll(async () => {
  server = await startServer()
  const doc = makeSampleBoard(() => {})
  board = await storeNewBoard(server.server.store, doc, {
    title: TITLE,
    createdAt: Date.now(),
    origin: server.url,
  })
  doc.destroy()
  workDir = await mkdtemp(path.join(tmpdir(), 'coboard-pdf-'))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.destroy()
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

/** The text of a PDF, page by page, as pdftotext reads it. */
function pdfPages(file: string): string[] {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '')
  } catch (error) {
    throw new Error('Reading the PDF needs pdftotext: apt-get install poppler-utils.', {
      cause: error,
    })
  }
}

describe('printable report', { timeout: 120_000 }, () => {
  test('prints to an A4 PDF with the title, under the server’s own policy', async () => {
    const reportUrl = `${server.url}/api/boards/${board.id}/export.html?names=roles`
    const context = await browser.newContext()
    const page = await context.newPage()
    const blocked: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    // Served exactly as the API serves it (token, policy and all), except "attachment", which
    // would make Chromium download the report instead of showing it.
    let policy = ''
    await page.route(reportUrl, async (route) => {
      const response = await route.fetch({
        headers: { authorization: `Bearer ${board.viewToken}` },
      })
      const headers = response.headers()
      policy = headers['content-security-policy'] ?? ''
      expect(headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9-]+\.html"$/)
      await route.fulfill({ response, headers: { ...headers, 'content-disposition': 'inline' } })
    })
    await page.goto(reportUrl)
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain('sandbox')
    expect(await page.title()).toBe(`${TITLE} · Workshop report`)
    // The inline style sheet applies under the policy: the report is laid out, not bare text.
    const font = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily)
    expect(font).not.toBe('')
    expect(await page.locator('script').count()).toBe(0)

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
    await context.close()
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const file = path.join(workDir, 'report.pdf')
    await writeFile(file, pdf)
    const shots = process.env.EXPORT_SHOTS_DIR
    if (shots) {
      await mkdir(shots, { recursive: true })
      await writeFile(path.join(shots, 'report.pdf'), pdf)
    }

    const pages = pdfPages(file)
    expect(pages.length).toBeGreaterThanOrEqual(1)
    const squash = (text: string) => text.replace(/\s+/g, ' ')
    expect(squash(pages[0])).toContain(TITLE)
    const whole = squash(pages.join(' '))
    for (const heading of ['Who took part', 'Evaluation framework', 'Priorities']) {
      expect(whole).toContain(heading)
    }
    // The framework's column headers stay whole words: "Timefram" over "e" read as a typo.
    for (const header of ['Timeframe', 'Baseline', 'Target', 'Owner']) {
      expect(whole).toMatch(new RegExp(`\\b${header}\\b`))
    }
    // The note its author kept out is not in the printed report either.
    expect(whole).not.toContain('my neighbour works on the crisis team')
    expect(blocked).toEqual([])
  })
})
