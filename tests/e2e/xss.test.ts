import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  addNote,
  createCluster,
  getBoardRoots,
  joinBoard,
  readBoard,
  setBoardTitle,
  type ParticipantId,
} from '@coboard/shared'
import { createBoard } from '../helpers/api'
import { connectSynced, waitForAcked } from '../helpers/providers'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'

// Boards hold what people type, and anyone with the link can type anything. Script and markup
// in notes, names, titles and role labels, typed through the real UI or written straight into
// the document by a modified client, must show as the literal text and never run.

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  '<a href="javascript:window.__xss=1">open</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
]
/** Fits the name field (60 characters). */
const NAME_PAYLOAD = '<img src=x onerror="window.__xss=1">'
/** Fits the title field (120 characters). */
const TITLE_PAYLOAD = '"><svg onload=window.__xss=1> <script>window.__xss=1</script>'

const live = useLiveServer()

/** Records every alert, confirm or prompt the page opens (and dismisses it). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** Nothing ran and nothing live was injected: no flag, no handler attribute, no script link. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined()
  expect(dialogs).toEqual([])
  const injected = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')]
    return {
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      frames: document.querySelectorAll('iframe, object, embed').length,
      scriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
        .length,
      brokenImages: document.querySelectorAll('img[src="x"]').length,
    }
  })
  expect(injected).toEqual({
    handlers: 0,
    inlineScripts: 0,
    frames: 0,
    scriptLinks: 0,
    brokenImages: 0,
  })
}

describe('script in board content', () => {
  test(
    'typed through the real UI, shows as text on every page and never runs',
    { timeout: 120_000 },
    async () => {
      const context = await live.browser.newContext()
      const landing = await context.newPage()
      const landingDialogs = watchDialogs(landing)
      await landing.goto(live.server.url)
      await landing.getByLabel('Title').fill(TITLE_PAYLOAD)
      // No agenda: the co-production one starts with private writing, which hides others' notes.
      await landing.locator('input[name="template"][value="blank"]').check()
      await landing.getByRole('button', { name: 'Create board' }).click()
      const editUrl = await landing.getByTestId('participant-link').inputValue()
      await expect(landing.getByRole('heading', { name: TITLE_PAYLOAD }).count()).resolves.toBe(1)
      await expectNothingRan(landing, landingDialogs)
      await context.close()

      const [amina, sian] = await Promise.all([
        BoardPage.open(live.browser, editUrl, { name: NAME_PAYLOAD, role: 'provider' }),
        BoardPage.open(live.browser, editUrl, { name: 'Sian', role: 'provider' }),
      ])
      const dialogs = [watchDialogs(amina.page), watchDialogs(sian.page)]
      try {
        // One typed key by key, the rest pasted: insertText is one input event, as a paste is.
        await amina.addNote()
        await amina.typeInNote(PAYLOADS[0])
        for (const payload of PAYLOADS.slice(1)) {
          await amina.addNote()
          await amina.page.keyboard.insertText(payload)
          await amina.page.keyboard.press('Escape')
        }
        for (const page of [amina, sian]) {
          for (const payload of PAYLOADS) await page.noteByText(payload).first().waitFor()
          await expect(page.page.getByTestId('board-title').textContent()).resolves.toBe(
            TITLE_PAYLOAD,
          )
        }
        await expect(sian.page.getByText(NAME_PAYLOAD).count()).resolves.toBeGreaterThan(0)
        await expectNothingRan(amina.page, dialogs[0])
        await expectNothingRan(sian.page, dialogs[1])
      } finally {
        await amina.close()
        await sian.close()
      }
    },
  )

  test(
    'written straight into the document by a modified client, shows as text and never runs',
    { timeout: 120_000 },
    async () => {
      const board = await createBoard(live.server.url, { title: 'Plain' })
      const writer = await connectSynced({
        url: live.server.url,
        boardId: board.id,
        token: board.editToken,
        participantId: 'writer',
      })
      const author = 'writer' as ParticipantId
      setBoardTitle(writer.doc, TITLE_PAYLOAD)
      const { meta } = getBoardRoots(writer.doc)
      writer.doc.transact(() => {
        meta.set('purpose', PAYLOADS.join(' '))
        meta.set('roles', [
          { id: 'provider', label: NAME_PAYLOAD, description: PAYLOADS[3] },
          { id: 'other', label: 'Other', description: PAYLOADS[0] },
        ])
      })
      joinBoard(writer.doc, { id: author, name: NAME_PAYLOAD, role: 'provider' })
      const notes = PAYLOADS.map((text, i) =>
        addNote(writer.doc, { x: i * 240, y: 0, authorId: author, role: 'provider', text }),
      )
      createCluster(writer.doc, readBoard(writer.doc), {
        title: PAYLOADS[1],
        memberIds: notes.slice(0, 2),
        authorId: author,
        role: 'provider',
      })
      await waitForAcked(writer)
      writer.destroy()

      const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
      const reader = await BoardPage.open(live.browser, url)
      const dialogs = watchDialogs(reader.page)
      try {
        // The join dialog shows the title, the purpose and the role labels.
        const join = reader.page.getByTestId('join-dialog')
        await join.waitFor()
        await expect(join.getByText(NAME_PAYLOAD).count()).resolves.toBeGreaterThan(0)
        await expectNothingRan(reader.page, dialogs)
        await reader.join({ name: 'Reader', role: 'other' })
        for (const payload of PAYLOADS) await reader.noteByText(payload).first().waitFor()
        await expect(reader.page.getByTestId('board-title').textContent()).resolves.toBe(
          TITLE_PAYLOAD,
        )
        await expect(reader.page.getByTestId('cluster-title').first().textContent()).resolves.toBe(
          PAYLOADS[1],
        )
        await expectNothingRan(reader.page, dialogs)
      } finally {
        await reader.close()
      }
    },
  )

  test(
    'the Content-Security-Policy blocks an inline script even if one got into the page',
    { timeout: 60_000 },
    async () => {
      const response = await fetch(live.server.url)
      const policy = Object.fromEntries(
        (response.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      )
      expect(policy['default-src']).toEqual(["'self'"])
      const scripts: string[] = policy['script-src'] ?? policy['default-src']
      expect(scripts).not.toContain("'unsafe-inline'")
      expect(scripts).not.toContain("'unsafe-eval'")

      const board = await createBoard(live.server.url, { title: 'Policy' })
      const page = await BoardPage.open(
        live.browser,
        `${live.server.url}/b/${board.id}#view=${board.viewToken}`,
      )
      try {
        const violated = await page.page.evaluate(
          () =>
            new Promise<string | null>((resolve) => {
              document.addEventListener('securitypolicyviolation', (event) =>
                resolve(event.effectiveDirective),
              )
              const script = document.createElement('script')
              script.textContent = 'window.__xss = 1'
              document.head.append(script)
              // Only a deadline: the violation event normally arrives at once.
              setTimeout(() => resolve(null), 5_000)
            }),
        )
        expect(violated).toMatch(/^script-src/)
        expect(
          await page.page.evaluate(() => (window as { __xss?: unknown }).__xss),
        ).toBeUndefined()
      } finally {
        await page.close()
      }
    },
  )
})
