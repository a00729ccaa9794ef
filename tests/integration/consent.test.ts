import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  readBoard,
  reframeNote,
  setKeepOutOfExport,
  setReportNames,
  takeHat,
  type BoardExport,
  type BoardSnapshot,
  type CreateBoardResponse,
  type ItemId,
  type ParticipantId,
  type Reframe,
} from '@coboard/shared'
import { createBoardActions } from '../../client/src/core/actions/boardActions'
import { createConsentActions } from '../../client/src/core/consent/consentActions'
import { createUiStore } from '../../client/src/core/state/uiStore'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { startServer, type TestServer } from '../helpers/server'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'

// Consent for each story against a real server: three people write notes and reframes with each
// consent level through real providers and the client's own verbs, and every export format the
// API serves is read for what must and must not be in it: the cards kept in the room (a reframe
// of one included), private notes not yet revealed, names only where both the board and the
// author allow them, the count of cards kept in, the board file's naming, a view token's board
// file, a full backup, and the projector link of a new and an imported board.

const FORMATS = ['md', 'html', 'csv', 'svg', 'json'] as const

const WORDS = {
  roomOnly: 'Only for the people in this room',
  legacy: 'Kept out the old way',
  anonymous: 'In the report without my name',
  named: 'In the report with my name',
  quillNamed: 'The provider wanted his name on this',
  private: 'Written alone and not revealed yet',
  reframeOfRoomOnly: 'We could keep this between us',
  reframeOfNamed: 'We could say it together',
} as const

interface Person {
  readonly id: ParticipantId
  readonly client: TestClient
  readonly actions: ReturnType<typeof createBoardActions>
  readonly consent: ReturnType<typeof createConsentActions>
  board(): BoardSnapshot
}

describe('consent for each story', () => {
  let server: TestServer
  let board: CreateBoardResponse
  const clients: TestClient[] = []
  const ids = {} as Record<keyof typeof WORDS, ItemId>
  let zeph: Person
  let quill: Person
  let faith: Person

  const join = async (name: string, role: string): Promise<Person> => {
    const ui = createUiStore(board.id)
    ui.getState().setMe(name, role)
    const { participantId } = ui.getState().me
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId,
    })
    clients.push(client)
    const origin = { source: name }
    const person: Person = {
      id: participantId,
      client,
      actions: createBoardActions(client.doc, ui, origin),
      consent: createConsentActions(client.doc, ui, origin),
      board: () => readBoard(client.doc),
    }
    person.actions.join()
    await waitForAcked(client)
    return person
  }

  const exportOf = (file: string, token = board.editToken) =>
    fetch(`${server.url}/api/boards/${board.id}/${file}`, {
      headers: { authorization: `Bearer ${token}` },
    })
  const text = async (file: string, token?: string) => {
    const response = await exportOf(file, token)
    expect(response.status, file).toBe(200)
    return response.text()
  }
  /** Every format's text; the picture's without its markup, as the lines it wraps read. */
  const everyExport = async (token?: string) =>
    Object.fromEntries(
      await Promise.all(
        FORMATS.map(async (format) => {
          const body = await text(`export.${format}`, token)
          return [format, format === 'svg' ? readSvgText(body) : body] as const
        }),
      ),
    ) as Record<(typeof FORMATS)[number], string>

  beforeAll(async () => {
    server = await startServer({ limits: { ...DEFAULT_LIMITS, exportsPerMinutePerAddress: 0 } })
    const response = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Consent', template: 'co-production' }),
    })
    expect(response.status).toBe(201)
    board = (await response.json()) as CreateBoardResponse

    zeph = await join('Zephyrine', 'lived-experience')
    quill = await join('Quillon', 'provider')
    faith = await join('Faith', 'commissioner')
    takeHat(faith.client.doc, { participantId: faith.id, role: 'commissioner' })
    const [privateStage, openStage] = zeph.board().stages
    expect(privateStage).toMatchObject({ private: true, revealed: false })
    const write = (person: Person, key: keyof typeof WORDS, stageId = openStage.id) => {
      ids[key] = person.actions.addWrittenNote({ x: 0, y: 0, text: WORDS[key], stageId })
    }

    write(zeph, 'roomOnly')
    expect(zeph.consent.setConsent(ids.roomOnly, 'room-only')).toBe(true)
    write(zeph, 'anonymous')
    write(zeph, 'named')
    expect(zeph.consent.setConsent(ids.named, 'report-named')).toBe(true)
    write(zeph, 'private', privateStage.id)
    expect(zeph.consent.setConsent(ids.private, 'report-named')).toBe(true)
    // A board from before consent: the legacy flag, as an older client still writes it.
    write(quill, 'legacy')
    setKeepOutOfExport(quill.client.doc, ids.legacy, true)
    write(quill, 'quillNamed')
    expect(quill.consent.setConsent(ids.quillNamed, 'report-named')).toBe(true)

    // Quill reframes two of Zeph's notes: one she keeps in the room, one she signed.
    const reframe = (source: ItemId, key: keyof typeof WORDS) => {
      const who = { participantId: quill.id, role: 'provider' }
      ids[key] = reframeNote(quill.client.doc, source, who)!
      const suggested = (quill.board().items.get(ids[key]) as Reframe).we
      quill.actions.editItemText(ids[key], 'we', suggested, WORDS[key])
    }
    await waitFor(() => quill.board().items.has(ids.named), 10_000, 'Zeph’s notes at Quill')
    reframe(ids.roomOnly, 'reframeOfRoomOnly')
    reframe(ids.named, 'reframeOfNamed')

    // Nobody but the author chooses for a card; the hat only makes it stricter.
    expect(quill.consent.setConsent(ids.anonymous, 'room-only')).toBe(false)
    await waitFor(() => faith.board().items.has(ids.quillNamed), 10_000, 'Quill’s note at Faith')
    expect(faith.consent.setConsent(ids.anonymous, 'report-named')).toBe(false)
    expect(faith.consent.setConsent(ids.quillNamed, 'report-anonymous')).toBe(true)
    expect(quill.consent.setConsent(ids.reframeOfNamed, 'report-named')).toBe(true)

    setReportNames(faith.client.doc, 'names')
    await Promise.all([zeph, quill, faith].map((p) => waitForAcked(p.client)))
    await waitFor(
      () => zeph.board().items.get(ids.quillNamed)?.kind === 'note' && zeph.board().items.size >= 8,
      10_000,
      'every card everywhere',
    )
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server?.destroy()
  })

  it('answers the projector link beside the plain read-only one', () => {
    expect(board.viewUrl).toBe(`${server.url}/b/${board.id}/projector#view=${board.viewToken}`)
    expect(board.projectorUrl).toBe(`${board.viewUrl}&join=${board.editToken}`)
  })

  it('keeps cards kept in the room, a reframe of one and unrevealed notes out of every format', async () => {
    for (const [format, output] of Object.entries(await everyExport())) {
      for (const kept of ['roomOnly', 'legacy', 'reframeOfRoomOnly', 'private'] as const) {
        expect(output, `${format} ${kept}`).not.toContain(WORDS[kept])
      }
      for (const shown of ['anonymous', 'named', 'quillNamed', 'reframeOfNamed'] as const) {
        expect(output, `${format} ${shown}`).toContain(WORDS[shown])
      }
    }
    // Still on the board itself.
    expect(zeph.board().items.get(ids.roomOnly)).toMatchObject({ consent: 'room-only' })
  })

  it('says how many cards were kept in the room: in reports, the spreadsheet and the board file', async () => {
    const files = await everyExport()
    const said = '3 cards were kept in the room at their authors’ request'
    expect(files.md).toContain(`${said} and are not in this report.`)
    expect(files.html).toContain(`${said} and are not in this report.`)
    expect(files.csv).toContain(`Kept in the room,`)
    expect(files.csv).toContain(`${said} and are not in this spreadsheet.`)
    const file = JSON.parse(files.json) as BoardExport
    expect(file.withheld).toBe(3)
    expect(file.notice).toContain(`${said} and are not in this file.`)
  })

  it('names an author only where the board shows names and the author asked', async () => {
    const files = await everyExport()
    expect(files.md).toContain(`- ${WORDS.named} — *Zephyrine (Lived experience)*`)
    expect(files.md).toContain(`- ${WORDS.anonymous} — *Lived experience*`)
    // Made stricter by the facilitator: no name, though Quillon had asked for it.
    expect(files.md).toContain(`- ${WORDS.quillNamed} — *Provider*`)
    expect(files.svg).toContain('Zephyrine ·')
    expect(files.svg).not.toContain('Quillon ·')
    const rows = files.csv.split('\r\n').map((line) => line.split(','))
    const author = rows[0].indexOf('Author')
    const rowOf = (words: string) => rows.find((row) => row.includes(words))!
    expect(rowOf(WORDS.named)[author]).toBe('Zephyrine')
    expect(rowOf(WORDS.anonymous)[author]).toBe('')
    expect(rowOf(WORDS.quillNamed)[author]).toBe('')
    // A reframe is held to the note it quotes, which asked for names here: Quill's own choice.
    expect(rowOf(WORDS.reframeOfNamed)[author]).toBe('Quillon')

    const file = JSON.parse(files.json) as BoardExport
    expect(file).toMatchObject({ fullBackup: false, names: 'names' })
    const item = (key: keyof typeof WORDS) => file.items.find((i) => i.id === ids[key])!
    expect(item('named')).toMatchObject({ authorId: zeph.id, consent: 'report-named' })
    expect(item('anonymous')).toMatchObject({ authorId: '', consent: 'report-anonymous' })
    expect(item('quillNamed')).toMatchObject({ authorId: '', consent: 'report-anonymous' })
    expect(file.participants.map((p) => p.name).sort()).toEqual(['Faith', 'Quillon', 'Zephyrine'])
  })

  it('gives the board file names only as the board’s setting does, and a view token no more', async () => {
    setReportNames(faith.client.doc, 'roles')
    await waitForAcked(faith.client)
    for (const token of [board.editToken, board.viewToken]) {
      const json = await text('export.json', token)
      const file = JSON.parse(json) as BoardExport
      expect(file).toMatchObject({ fullBackup: false, names: 'roles', withheld: 3 })
      expect(json).not.toMatch(/Zephyrine|Quillon|Faith/)
      expect(json).not.toContain(WORDS.private)
      expect(file.items.map((i) => i.id)).not.toContain(ids.private)
    }
    // A view token may ask for a stricter naming, never for names or a full backup.
    const anonymous = JSON.parse(await text('export.json?names=anonymous', board.viewToken))
    expect(anonymous).toMatchObject({ names: 'anonymous' })
    expect((await exportOf('export.json?names=names', board.viewToken)).status).toBe(403)
    const refused = await exportOf('export.json?backup=full', board.viewToken)
    expect(refused.status).toBe(403)
    expect((await refused.json()).error).toMatch(/participant link/)
  })

  it('makes a full backup for the edit token, which says so and keeps consent through an import', async () => {
    const json = await text('export.json?backup=full')
    const backup = JSON.parse(json) as BoardExport
    expect(backup).toMatchObject({ fullBackup: true, names: 'names', withheld: 3 })
    expect(backup.notice).toMatch(/^A full backup: every participant’s name is in it/)
    expect(json).toContain('Zephyrine')
    for (const kept of ['roomOnly', 'legacy', 'reframeOfRoomOnly', 'private'] as const) {
      expect(json).not.toContain(WORDS[kept])
    }

    const response = await fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: json,
    })
    expect(response.status).toBe(201)
    const imported = (await response.json()) as CreateBoardResponse
    expect(imported.viewUrl).toBe(
      `${server.url}/b/${imported.id}/projector#view=${imported.viewToken}`,
    )
    expect(imported.projectorUrl).toBe(`${imported.viewUrl}&join=${imported.editToken}`)

    const copy = await connectSynced({
      url: server.url,
      boardId: imported.id,
      token: imported.editToken,
    })
    clients.push(copy)
    const items = readBoard(copy.doc).items
    expect(items.get(ids.named)).toMatchObject({ consent: 'report-named', authorId: zeph.id })
    expect(items.get(ids.anonymous)).toMatchObject({ consent: 'report-anonymous' })
    expect(items.get(ids.quillNamed)).toMatchObject({ consent: 'report-anonymous' })
    expect(items.get(ids.reframeOfNamed)).toMatchObject({ consent: 'report-named' })
    expect(items.has(ids.roomOnly)).toBe(false)
    // Nothing was kept in on the copy: it never held those cards.
    const again = await fetch(`${server.url}/api/boards/${imported.id}/export.md`, {
      headers: { authorization: `Bearer ${imported.editToken}` },
    })
    expect(await again.text()).not.toContain('kept in the room at their authors’ request')
  })
})

/** The words an SVG shows, lines joined by spaces. */
function readSvgText(svg: string): string {
  return svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
