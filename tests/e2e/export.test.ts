import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { exportFileName, type BoardExport, type CreateBoardResponse } from '@coboard/shared'
import { makeSampleBoard } from '../../shared/src/board/export/testing/sampleBoard'
import { storeNewBoard } from '../../server/src/board/storeNewBoard'
import { BoardPage } from './fixtures/BoardPage'
import { useLiveServer } from './fixtures/liveServer'
import { ExportMenuPage } from './fixtures/ExportMenuPage'

// Taking the workshop away in a real browser: every button of the Export menu downloads the
// same file the API serves, the PNG is the picture at twice its size, the printable report opens
// in a tab, the naming choice is the board's, each author chooses how their note may leave the
// room, the board file comes as named or as a full backup, the board can be deleted
// for everyone, and a board file starts a new board from the landing page.
// EXPORT_SHOTS_DIR=/some/folder keeps screenshots of the menu for people to look at.

const TITLE = 'Improving the community mental health crisis pathway'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const live = useLiveServer()

/** A board holding the sample workshop: clusters, reframes, outcomes and a revealed vote. */
async function sampleBoard(): Promise<CreateBoardResponse> {
  const doc = makeSampleBoard(() => {})
  try {
    return await storeNewBoard(live.server.server.store, doc, {
      title: TITLE,
      createdAt: Date.now(),
      origin: live.server.url,
    })
  } finally {
    doc.destroy()
  }
}

function fromApi(board: CreateBoardResponse, file: string, token = board.editToken) {
  return fetch(`${live.server.url}/api/boards/${board.id}/${file}`, {
    headers: { authorization: `Bearer ${token}` },
  })
}

async function screenshot(page: BoardPage['page'], name: string, fullPage = false) {
  if (process.env.EXPORT_SHOTS_DIR) await keepShot(name, await page.screenshot({ fullPage }))
}

async function keepShot(name: string, bytes: Buffer): Promise<void> {
  const folder = process.env.EXPORT_SHOTS_DIR
  if (!folder) return
  await mkdir(folder, { recursive: true })
  await writeFile(path.join(folder, name), bytes)
}

const editUrl = (board: CreateBoardResponse) =>
  `${live.server.url}/b/${board.id}#edit=${board.editToken}`

// Each test opens one or two real browsers on a board of the size of a real workshop.
describe('export menu', { timeout: 120_000 }, () => {
  test('every button downloads the file the API serves, under the same name', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    try {
      const menu = new ExportMenuPage(ada)
      await menu.open()
      await screenshot(ada.page, 'export-menu.png')

      for (const format of ['md', 'csv', 'svg', 'html', 'json'] as const) {
        const file = await menu.download(`export-${format}`)
        expect(file.name).toBe(exportFileName(TITLE, format))
        const served = Buffer.from(await (await fromApi(board, `export.${format}`)).arrayBuffer())
        if (format === 'json') {
          // Ada joined, so both files hold her; only the moment of export differs.
          const normalise = (bytes: Buffer) => ({
            ...(JSON.parse(bytes.toString('utf8')) as BoardExport),
            exportedAt: '',
          })
          expect(normalise(file.bytes)).toEqual(normalise(served))
        } else {
          expect(file.bytes.equals(served), `${format} differs from the API's`).toBe(true)
        }
      }
    } finally {
      await ada.close()
    }
  })

  test('the PNG is the picture drawn at twice its size', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    try {
      const png = await new ExportMenuPage(ada).download('export-png')
      expect(png.name).toBe(exportFileName(TITLE, 'png'))
      expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
      // The first chunk is IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
      const svg = await (await fromApi(board, 'export.svg')).text()
      const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!
      expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(width))
      expect(png.bytes.readUInt32BE(20)).toBe(2 * Number(height))
      expect(png.bytes.length).toBeGreaterThan(20_000)
      await keepShot('board.png', png.bytes)
    } finally {
      await ada.close()
    }
  })

  test('"Printable report" opens the report in a tab of its own, scripts forbidden', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    try {
      const tab = await new ExportMenuPage(ada).openPrintable()
      expect(tab.url()).toMatch(/^blob:/)
      expect(await tab.title()).toBe(`${TITLE} · Workshop report`)
      await expect(tab.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE)
      expect(await tab.locator('script').count()).toBe(0)
      expect(
        await tab.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
      ).toContain("default-src 'none'")
      await tab.close()
    } finally {
      await ada.close()
    }
  })

  test('the naming choice is the board’s: one person changes it, every export follows', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    const bea = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Bea',
      role: 'lived-experience',
    })
    try {
      const adaMenu = new ExportMenuPage(ada)
      const beaMenu = new ExportMenuPage(bea)
      await beaMenu.open()
      const beaRoles = bea.page.getByTestId('export-names').getByLabel('Sides only')
      expect(await beaRoles.isChecked()).toBe(true)
      expect((await beaMenu.download('export-md')).bytes.toString()).not.toContain('Amina')

      await adaMenu.chooseNames('Names and sides')
      await expect
        .poll(() => bea.page.getByTestId('export-names').getByLabel('Names and sides').isChecked())
        .toBe(true)
      expect((await beaMenu.download('export-md')).bytes.toString()).toContain('Amina')
      // The API's default follows too, even for the view link.
      const viaApi = await fromApi(board, 'export.md', board.viewToken)
      expect(await viaApi.text()).toContain('Amina')

      await adaMenu.chooseNames('Anonymous')
      await expect
        .poll(async () => (await fromApi(board, 'export.csv')).text())
        .not.toContain('Role')
    } finally {
      await ada.close()
      await bea.close()
    }
  })

  test('an author chooses how a note may leave the room; a facilitator only stricter; others not at all', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    try {
      // The sample's revealed vote shows its results over the board; out of the way first.
      await ada.page.getByRole('button', { name: 'Close the results' }).click()
      await ada.addNote()
      await ada.typeInNote('Off the record')
      // Focus selects a note, as a click does, wherever the board happens to have put it.
      await ada.noteByText('Off the record').focus()
      const consent = ada.page.getByTestId('consent-select')
      await consent.waitFor()
      // Its author may choose any level; the default is the report without her name.
      expect(await consent.inputValue()).toBe('report-anonymous')
      expect(await consent.locator('option:disabled').count()).toBe(0)
      expect(await consent.getAttribute('aria-describedby')).toBeTruthy()
      await expect(
        ada.page.getByLabel('How this note may leave the room').inputValue(),
      ).resolves.toBe('report-anonymous')
      // By keyboard, as a select works: a new note lands at the top of the view, where the
      // stage bar may cover the toolbar above it.
      await consent.focus()
      await consent.selectOption('room-only')
      await expect.poll(() => consent.inputValue()).toBe('room-only')
      await ada.noteByText('Off the record').getByTestId('room-only-mark').waitFor()

      for (const format of ['md', 'csv', 'svg', 'html', 'json']) {
        await expect
          .poll(async () => (await fromApi(board, `export.${format}`)).text())
          .not.toContain('Off the record')
      }
      const menu = new ExportMenuPage(ada)
      const md = await menu.download('export-md')
      expect(md.bytes.toString()).not.toContain('Off the record')
      expect(md.bytes.toString()).toContain('2 cards were kept in the room')
      expect(await menu.panel().getByTestId('export-kept-out').textContent()).toMatch(
        /2 cards are kept in this room/,
      )
      await ada.page.keyboard.press('Escape')

      // Someone else's note: Ada neither wrote it nor wears the hat.
      await ada.noteByText('carers are treated as part of the team').focus()
      await ada.page.getByTestId('note-toolbar').waitFor()
      expect(await consent.count()).toBe(0)

      // Wearing the facilitator hat, she may make it stricter only: Tom's note stays in the room,
      // and Dev's, in the report without a name, may not be given his name.
      await ada.page.getByTestId('hat-button').click()
      await ada.page.getByTestId('take-hat').click()
      await ada.page.keyboard.press('Escape')
      await ada.noteByText('my neighbour works on the crisis team').focus()
      await expect.poll(() => consent.inputValue()).toBe('room-only')
      await expect(consent.locator('option:not(:disabled)').count()).resolves.toBe(1)
      await ada.noteByText('another consultation where nothing changes').focus()
      await expect.poll(() => consent.inputValue()).toBe('report-anonymous')
      expect(await consent.locator('option[value="report-named"]').isDisabled()).toBe(true)
      await consent.selectOption('room-only')
      await expect.poll(() => consent.inputValue()).toBe('room-only')
      await screenshot(ada.page, 'consent-facilitator.png')
      await expect
        .poll(async () => (await fromApi(board, 'export.md')).text())
        .not.toContain('another consultation where nothing changes')
    } finally {
      await ada.close()
    }
  })

  test('the board file names people as the board does; a full backup keeps every name', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    try {
      const menu = new ExportMenuPage(ada)
      const file = JSON.parse((await menu.download('export-json')).bytes.toString()) as BoardExport
      expect(file).toMatchObject({ fullBackup: false, names: 'roles', withheld: 1 })
      expect(JSON.stringify(file)).not.toContain('Amina')
      const backup = await menu.download('export-backup')
      expect(backup.name).toBe(exportFileName(TITLE, 'json'))
      const full = JSON.parse(backup.bytes.toString()) as BoardExport
      expect(full).toMatchObject({ fullBackup: true, names: 'names' })
      expect(full.notice).toMatch(/^A full backup/)
      expect(JSON.stringify(full)).toContain('Amina')
      expect(JSON.stringify(full)).not.toContain('my neighbour works on the crisis team')
      // The same file as the API's, which gives it only to the participant link.
      const served = (await (await fromApi(board, 'export.json?backup=full')).json()) as BoardExport
      expect({ ...full, exportedAt: '' }).toEqual({ ...served, exportedAt: '' })
      expect((await fromApi(board, 'export.json?backup=full', board.viewToken)).status).toBe(403)
    } finally {
      await ada.close()
    }
  })

  test('deleting the board for good shows everyone connected that it is gone', async () => {
    const board = await sampleBoard()
    const ada = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Ada',
      role: 'provider',
    })
    const bea = await BoardPage.open(live.browser, editUrl(board), {
      name: 'Bea',
      role: 'lived-experience',
    })
    // The screen in the room, on the view link.
    const projector = await BoardPage.open(live.browser, board.viewUrl)
    try {
      const dialog = await new ExportMenuPage(ada).startDeleting()
      const confirm = dialog.getByTestId('delete-confirm')
      const input = dialog.getByTestId('delete-confirm-input')
      await input.fill('Improving the community')
      expect(await confirm.isDisabled()).toBe(true)
      await screenshot(ada.page, 'delete-dialog.png')
      await input.fill(TITLE)
      await confirm.click()

      for (const page of [ada.page, bea.page]) {
        const gone = page.getByTestId('board-deleted')
        await gone.waitFor()
        expect(await gone.getByRole('heading').textContent()).toBe('This board was deleted')
      }
      await screenshot(bea.page, 'board-deleted.png')
      // The projector has no menu: it is cut off, asks again and is refused.
      await projector.page.getByText('There is no board at this address').waitFor()
      expect((await fromApi(board, 'export.json')).status).toBe(404)
      expect((await fromApi(board, 'export.md', board.viewToken)).status).toBe(404)

      await bea.page.getByRole('button', { name: 'Go to the start page' }).click()
      await bea.page.waitForURL(`${live.server.url}/`)
    } finally {
      await ada.close()
      await bea.close()
      await projector.close()
    }
  })

  test('a board file starts a new board from the landing page', async () => {
    const board = await sampleBoard()
    const file = await (await fromApi(board, 'export.json')).text()
    const context = await live.browser.newContext({ viewport: { width: 1366, height: 768 } })
    try {
      const page = await context.newPage()
      await page.goto(live.server.url)
      await page.getByTestId('import-board').waitFor()
      await screenshot(page, 'landing-import.png', true)
      await page.getByTestId('import-file').setInputFiles({
        name: 'workshop.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      })
      const link = page.getByTestId('participant-link')
      await link.waitFor()
      await expect(page.getByRole('heading', { name: TITLE }).count()).resolves.toBe(1)
      const url = await link.inputValue()
      expect(url).toMatch(new RegExp(`^${live.server.url}/b/[A-Za-z0-9_-]+#edit=`))
      expect(url).not.toContain(board.id)

      expect(await page.getByTestId('import-board').count()).toBe(0)
      await page.goto(url)
      await page.getByTestId('board-title').filter({ hasText: TITLE }).waitFor()

      // A file that is not a board file is refused in words.
      await page.goto(live.server.url)
      await page.getByTestId('import-file').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello": "world"}'),
      })
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toContain('not a Coboard board file')
    } finally {
      await context.close()
    }
  })
})
