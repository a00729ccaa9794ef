import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addNote,
  exportBoardJson,
  exportFileName,
  getBoardRoots,
  parseBoardExport,
  readBoard,
  type BoardExport,
  type CreateBoardResponse,
  type ParticipantId,
  type ReportNames,
} from '@coboard/shared'
import { makeSampleBoard } from '../../shared/src/board/export/testing/sampleBoard'
import { makeExportFile, type ExportFormat } from '../../client/src/features/export/exportFiles'
import { storeNewBoard } from '../../server/src/board/storeNewBoard'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { readStoredBoard } from '../helpers/storedBoard'
import {
  connectClient,
  connectSynced,
  waitFor,
  waitForAcked,
  type TestClient,
} from '../helpers/providers'

// The export, import and delete API against a real server: every format and its headers, who may
// ask for which naming, a lossless round trip through the board file, hostile files, and a board
// deleted for good while people are connected.

const FORMATS: readonly ExportFormat[] = ['json', 'md', 'csv', 'svg', 'html']
const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  html: 'text/html; charset=utf-8',
}
/** The sample workshop's note that its author kept out of every export. */
const KEPT_OUT_TEXT = 'my neighbour works on the crisis team'
const SAFE_FILE_NAME = /^[A-Za-z0-9_-]+\.(json|md|csv|svg|html)$/

const ada = 'ada' as ParticipantId

/** These tests ask for far more exports than one address may; the budget has its own tests. */
const EXPORTS_UNLIMITED = { ...DEFAULT_LIMITS, exportsPerMinutePerAddress: 0 }

/** Stores the sample workshop (clusters, reframes, outcomes, a revealed vote) as a new board. */
function storeSample(server: TestServer): Promise<CreateBoardResponse> {
  const doc = makeSampleBoard(() => {})
  return storeNewBoard(server.server.store, doc, {
    title: 'sample',
    createdAt: Date.now(),
    origin: server.url,
  }).finally(() => doc.destroy())
}

function exportOf(
  server: TestServer,
  id: string,
  file: string,
  token?: string | null,
  init: RequestInit = {},
) {
  return fetch(`${server.url}/api/boards/${id}/${file}`, {
    ...init,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

/** What the browser's Export menu makes from the stored board at this moment. */
function clientFile(server: TestServer, id: string, format: ExportFormat, names: ReportNames) {
  const stored = readStoredBoard(server.dataDir, id)
  if (!stored) throw new Error(`board ${id} is not stored`)
  return makeExportFile(format, { boardId: id, board: stored.board, names, now: new Date() })
}

/**
 * A board export without what differs between two copies of one board: its id, when, and the
 * count of cards kept in the room (the copy never had them).
 */
function comparable(file: BoardExport) {
  return { ...file, exportedAt: '', board: { ...file.board, id: '' }, withheld: 0, notice: '' }
}

describe('export API', () => {
  let server: TestServer
  let sample: CreateBoardResponse
  const title = 'Improving the community mental health crisis pathway'

  beforeAll(async () => {
    server = await startServer({
      compaction: { debounceMs: 50, maxDebounceMs: 200 },
      limits: EXPORTS_UNLIMITED,
    })
    sample = await storeSample(server)
  })
  afterAll(() => server.destroy())

  it.each(FORMATS)(
    'serves export.%s with its type, a safe file name, no caching, as the browser makes it',
    async (format) => {
      const response = await exportOf(server, sample.id, `export.${format}`, sample.viewToken)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(CONTENT_TYPES[format])
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      const fileName = exportFileName(title, format)
      expect(fileName).toMatch(SAFE_FILE_NAME)
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`)

      // Byte for byte what the Export menu downloads (the CSV's byte order mark included); the
      // JSON file only differs in when it was made.
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(response.headers.get('content-length')).toBe(String(bytes.length))
      const expected = clientFile(server, sample.id, format, 'roles')
      expect(expected.name).toBe(fileName)
      expect(expected.type).toBe(CONTENT_TYPES[format])
      if (format === 'json') {
        const served = JSON.parse(bytes.toString('utf8')) as BoardExport
        const made = JSON.parse(expected.text) as BoardExport
        expect({ ...served, exportedAt: '' }).toEqual({ ...made, exportedAt: '' })
        expect(bytes.toString('utf8')).toMatch(/^\{\n {2}"format": "coboard-board",/)
      } else {
        expect(bytes.equals(Buffer.from(expected.text, 'utf8'))).toBe(true)
      }
    },
  )

  it('serves the report and the picture with a policy of their own: no script, no request', async () => {
    for (const format of ['html', 'svg']) {
      const response = await exportOf(server, sample.id, `export.${format}`, sample.editToken)
      const policy = response.headers.get('content-security-policy') ?? ''
      expect(policy).toContain("default-src 'none'")
      expect(policy).toContain("style-src 'unsafe-inline'")
      expect(policy).toContain('sandbox')
      expect(policy).not.toMatch(/script-src|'self'/)
      expect(await response.text()).not.toMatch(/<script/i)
    }
    // The data formats keep the API's own policy.
    const json = await exportOf(server, sample.id, 'export.json', sample.editToken)
    expect(json.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('answers HEAD with the headers and no body', async () => {
    const response = await exportOf(server, sample.id, 'export.md', sample.editToken, {
      method: 'HEAD',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(CONTENT_TYPES.md)
    expect(await response.text()).toBe('')
  })

  it('never lets a note kept out of export leave the board, in any format or naming', async () => {
    for (const format of FORMATS) {
      const options = ['', '?names=names', '?names=roles', '?names=anonymous']
      for (const query of format === 'json' ? [...options, '?backup=full'] : options) {
        const response = await exportOf(
          server,
          sample.id,
          `export.${format}${query}`,
          sample.editToken,
        )
        expect(response.status).toBe(200)
        expect(await response.text()).not.toContain(KEPT_OUT_TEXT)
      }
    }
    // It is still on the board itself.
    expect(
      [...readStoredBoard(server.dataDir, sample.id)!.board.items.values()].some(
        (item) => item.kind === 'note' && item.text.includes(KEPT_OUT_TEXT),
      ),
    ).toBe(true)
  })

  it('names people only as asked: names, roles (the default) or anonymous', async () => {
    for (const format of ['md', 'csv', 'svg', 'html'] as const) {
      for (const names of ['names', 'roles', 'anonymous'] as const) {
        const response = await exportOf(
          server,
          sample.id,
          `export.${format}?names=${names}`,
          sample.editToken,
        )
        expect(response.status).toBe(200)
        const text = Buffer.from(await response.arrayBuffer()).toString('utf8')
        expect(text).toBe(clientFile(server, sample.id, format, names).text)
      }
    }
    const named = await (await exportOf(server, sample.id, 'export.md', sample.editToken)).text()
    expect(named).not.toContain('Amina')
    const withNames = await exportOf(server, sample.id, 'export.md?names=names', sample.editToken)
    expect(await withNames.text()).toContain('Amina')
  })

  it('lets a view link ask only for the board’s naming or a stricter one', async () => {
    const ask = (file: string, token = sample.viewToken) =>
      exportOf(server, sample.id, file, token).then((response) => response.status)
    expect(await ask('export.md?names=names')).toBe(403)
    expect(await ask('export.csv?names=names')).toBe(403)
    expect(await ask('export.md?names=roles')).toBe(200)
    expect(await ask('export.md?names=anonymous')).toBe(200)
    expect(await ask('export.md?names=names', sample.editToken)).toBe(200)
    const refused = await exportOf(server, sample.id, 'export.md?names=names', sample.viewToken)
    expect((await refused.json()).error).toMatch(/view link/)

    expect(await ask('export.md?names=everyone')).toBe(400)
    expect(await ask('export.md?names=')).toBe(400)
    // The board file names people as the reports do; only the edit link gets a full backup.
    expect(await ask('export.json?names=anonymous')).toBe(200)
    expect(await ask('export.json?names=names')).toBe(403)
    expect(await ask('export.json?backup=full')).toBe(403)
    expect(await ask('export.json?backup=full', sample.editToken)).toBe(200)
    const backup = await exportOf(server, sample.id, 'export.json?backup=full', sample.viewToken)
    expect((await backup.json()).error).toMatch(/participant link/)
    expect(await ask('export.md?backup=full', sample.editToken)).toBe(400)
    expect(await ask('export.json?backup=yes', sample.editToken)).toBe(400)
    expect(await ask('export.json?backup=full&names=roles', sample.editToken)).toBe(400)
  })

  it('follows the board’s own naming setting once the group changes it', async () => {
    const board = await storeSample(server)
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: ada,
    })
    try {
      client.doc.transact(() => getBoardRoots(client.doc).meta.set('reportNames', 'names'))
      await waitForAcked(client)
      const response = await exportOf(server, board.id, 'export.md', board.viewToken)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('Amina')
      expect(
        (await exportOf(server, board.id, 'export.md?names=names', board.viewToken)).status,
      ).toBe(200)
    } finally {
      client.destroy()
    }
  })

  it('exports the live document, with edits a moment old', async () => {
    const board = await storeSample(server)
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: ada,
    })
    try {
      addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'Just written' })
      await waitForAcked(client)
      expect(server.server.hocuspocus.documents.has(board.id)).toBe(true)
      for (const format of ['md', 'csv', 'svg', 'html', 'json']) {
        const response = await exportOf(server, board.id, `export.${format}`, board.editToken)
        expect(await response.text()).toContain('Just written')
      }
    } finally {
      client.destroy()
    }
  })

  it('asks for a token (401), refuses a wrong one (403) and hides unknown boards (404)', async () => {
    const other = await createBoard(server.url, { title: 'Other board' })
    const missing = await exportOf(server, sample.id, 'export.csv')
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toBe('Bearer')
    const basic = await fetch(`${server.url}/api/boards/${sample.id}/export.csv`, {
      headers: { authorization: 'Basic YWRhOmFkYQ==' },
    })
    expect(basic.status).toBe(401)
    expect((await exportOf(server, sample.id, 'export.csv', 'wrong')).status).toBe(403)
    expect((await exportOf(server, sample.id, 'export.svg', other.editToken)).status).toBe(403)
    expect((await exportOf(server, sample.id, 'export.html', other.viewToken)).status).toBe(403)
    expect((await exportOf(server, 'NoSuchBoard12', 'export.md', other.editToken)).status).toBe(404)
    // The last: a person's private words on the board, which the store keeps under that name.
    const privateWords = encodeURIComponent(`${sample.id}/private/${ada}`)
    for (const id of ['no', 'bad!board!id', '%00%00%00%00%00%00%00%00', privateWords]) {
      const response = await exportOf(server, id, 'export.md', sample.editToken)
      expect(response.status).toBe(404)
      expect((await response.json()).error).toEqual(expect.any(String))
    }
  })

  it.each(['export.exe', 'export.', 'export.JSON', 'export.md.exe', 'export.pdf', 'export.%00'])(
    'refuses the unknown format %s with 400',
    async (file) => {
      const response = await exportOf(server, sample.id, file, sample.editToken)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/export\.json, export\.md/)
    },
  )

  it('answers other file names under a board with 404', async () => {
    for (const file of ['report.md', 'exports.json', 'json']) {
      expect((await exportOf(server, sample.id, file, sample.editToken)).status).toBe(404)
    }
  })

  it.each([
    ['path and quotes', '../../etc/passwd "report"; rm -rf ~', 'etc-passwd-report-rm-rf'],
    ['accents and symbols', 'Siân’s café — ✓ 100%', 'Sian-s-cafe-100'],
    ['only symbols', '✓ ✓ ✓ ? * :', 'coboard-board'],
    ['a Windows device name', 'CON', 'CON-board'],
    ['a header injection attempt', 'x\r\nSet-Cookie: a=b', 'x-Set-Cookie-a-b'],
  ])('names the file safely for a title with %s', async (_case, boardTitle, stem) => {
    const created = await createBoard(server.url, { title: boardTitle })
    for (const format of FORMATS) {
      const response = await exportOf(server, created.id, `export.${format}`, created.editToken)
      expect(response.status).toBe(200)
      const disposition = response.headers.get('content-disposition') ?? ''
      const fileName = /^attachment; filename="([^"]*)"$/.exec(disposition)?.[1]
      expect(fileName).toBe(`${stem}.${format}`)
      expect(fileName).toMatch(SAFE_FILE_NAME)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })
})

describe('import API', () => {
  let server: TestServer
  let sample: CreateBoardResponse
  let file: string

  const importBoard = (body: string, contentType = 'application/json') =>
    fetch(`${server.url}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    })
  const boardCount = () => {
    const db = new Database(path.join(server.dataDir, 'coboard.sqlite'), { readonly: true })
    try {
      return db.prepare('SELECT count(*) FROM boards').pluck().get() as number
    } finally {
      db.close()
    }
  }

  beforeAll(async () => {
    server = await startServer({ limits: EXPORTS_UNLIMITED })
    sample = await storeSample(server)
    const response = await exportOf(server, sample.id, 'export.json', sample.editToken)
    file = await response.text()
  })
  afterAll(() => server.destroy())

  it('makes a new board with new tokens whose export equals the original’s', async () => {
    const response = await importBoard(file)
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const imported = (await response.json()) as CreateBoardResponse
    expect(imported.id).not.toBe(sample.id)
    for (const token of [imported.editToken, imported.viewToken]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect([sample.editToken, sample.viewToken]).not.toContain(token)
    }
    expect(imported.editUrl).toBe(`${server.url}/b/${imported.id}#edit=${imported.editToken}`)
    expect(imported.viewUrl).toBe(
      `${server.url}/b/${imported.id}/projector#view=${imported.viewToken}`,
    )

    const again = await exportOf(server, imported.id, 'export.json', imported.viewToken)
    const original = JSON.parse(file) as BoardExport
    const copy = (await again.json()) as BoardExport
    expect(copy.board.id).toBe(imported.id)
    expect(comparable(copy)).toEqual(comparable(original))
    // Content, agenda, the revealed vote and every side's agreement all came across.
    expect(copy.items.length).toBeGreaterThan(10)
    expect(copy.stages.length).toBeGreaterThan(0)
    expect(copy.voteSession?.status).toBe('revealed')
    expect(copy.votes.length).toBeGreaterThan(0)
    expect(copy.items.some((item) => item.kind === 'outcome' && item.agreement.length > 0)).toBe(
      true,
    )
    // The reports say the same, too, but for the card kept in the room, which never left it.
    const withoutKeptIn = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.includes('kept in the room at their authors'))
        .join('\n')
    for (const format of ['md', 'csv', 'svg'] as const) {
      const before = await exportOf(server, sample.id, `export.${format}`, sample.editToken)
      const after = await exportOf(server, imported.id, `export.${format}`, imported.editToken)
      const [was, is] = [await before.text(), await after.text()]
      if (format !== 'svg') expect(was).toContain('1 card was kept in the room')
      expect(is).toBe(withoutKeptIn(was))
    }

    // The old board's tokens do not open the new one, and the new one opens on the socket.
    expect((await exportOf(server, imported.id, 'export.md', sample.editToken)).status).toBe(403)
    const client = await connectSynced({
      url: server.url,
      boardId: imported.id,
      token: imported.editToken,
    })
    expect(readBoard(client.doc).meta.title).toBe(original.board.title)
    expect(exportBoardJson(imported.id, readBoard(client.doc)).items).toEqual(copy.items)
    client.destroy()
  })

  it('refuses a body that is not JSON or not announced as JSON', async () => {
    expect((await importBoard(file, 'text/plain')).status).toBe(415)
    const broken = await importBoard(file.slice(0, 200))
    expect(broken.status).toBe(400)
    expect((await broken.json()).error).toMatch(/not valid JSON/)
  })

  it('refuses a file over 8 MiB with 413 before reading it', async () => {
    const before = boardCount()
    const response = await importBoard(`{"padding": "${'x'.repeat(16 * 1024 * 1024)}"}`)
    expect(response.status).toBe(413)
    expect((await response.json()).error).toMatch(/larger/)
    expect(boardCount()).toBe(before)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  const hostile: readonly [string, (file: BoardExport) => unknown, RegExp][] = [
    ['another file format', () => ({ hello: 'world' }), /not a Coboard board file/],
    ['a JSON array', () => [], /not a Coboard board file/],
    ['a newer format version', (f) => ({ ...f, formatVersion: 99 }), /newer version/],
    [
      'two items with one id',
      (f) => ({ ...f, items: [...f.items, f.items[0]] }),
      /repeats the item id/,
    ],
    [
      'a note longer than the board allows',
      (f) => ({ ...f, items: [{ ...f.items[0], text: 'x'.repeat(2001) }] }),
      /longer than 2000/,
    ],
    [
      'a note far off the board',
      (f) => ({ ...f, items: [{ ...f.items[0], x: 1e308 }] }),
      /items\[0\]\.x/,
    ],
    [
      'an item of an unknown kind',
      (f) => ({ ...f, items: [{ ...f.items[0], kind: 'script' }] }),
      /items\[0\]/,
    ],
    [
      'a current stage missing from the agenda',
      (f) => ({ ...f, board: { ...f.board, currentStageId: 'nowhere' } }),
      /not in the agenda/,
    ],
    [
      'a vote key that would split differently',
      (f) => ({ ...f, rawVotes: [{ ...f.rawVotes[0], participantId: 'a|b' }] }),
      /must not contain "\|"/,
    ],
    ['no roles', (f) => ({ ...f, board: { ...f.board, roles: [] } }), /needs at least one role/],
    [
      'more items than an import takes',
      (f) => ({
        ...f,
        items: Array.from({ length: 10_001 }, (_, i) => ({ ...f.items[0], id: `n${i}` })),
      }),
      /more than 10,000 items/,
    ],
    [
      'markup in the title and a timestamp that is not one',
      (f) => ({ ...f, board: { ...f.board, title: '<script>', createdAt: 'yesterday' } }),
      /board\.createdAt/,
    ],
  ]

  it.each(hostile)(
    'refuses a file with %s with 400 and the reason',
    async (_case, make, reason) => {
      const before = boardCount()
      const body = JSON.stringify(make(JSON.parse(file) as BoardExport))
      const response = await importBoard(body)
      expect(response.status).toBe(400)
      const { error } = (await response.json()) as { error: string }
      expect(error).toMatch(reason)
      const parsed = parseBoardExport(JSON.parse(body))
      expect(parsed.ok ? null : parsed.error).toBe(error)
      expect(boardCount()).toBe(before)
    },
  )

  it('imports a file with a __proto__ key without polluting anything', async () => {
    const body = file.replace('{', '{"__proto__": {"polluted": true}, "constructor": 1,')
    const response = await importBoard(body)
    expect([201, 400]).toContain(response.status)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('takes markup in a file as text', async () => {
    const original = JSON.parse(file) as BoardExport
    const body = JSON.stringify({
      ...original,
      board: { ...original.board, title: '<img src=x onerror=alert(1)>' },
    })
    const response = await importBoard(body)
    expect(response.status).toBe(201)
    const imported = (await response.json()) as CreateBoardResponse
    const html = await (
      await exportOf(server, imported.id, 'export.html', imported.editToken)
    ).text()
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img src=x')
  })
})

describe('delete API', () => {
  let server: TestServer
  const clients: TestClient[] = []

  beforeAll(async () => {
    // The default compaction delay, so a store is still pending when the board is deleted.
    server = await startServer({ limits: EXPORTS_UNLIMITED })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.destroy()
  })

  const remove = (id: string, token?: string) =>
    fetch(`${server.url}/api/boards/${id}`, {
      method: 'DELETE',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  const connect = async (board: CreateBoardResponse, token: string, participantId?: string) => {
    const client = await connectSynced({ url: server.url, boardId: board.id, token, participantId })
    clients.push(client)
    return client
  }

  it('refuses a missing token (401), a view token or a wrong one (403), an unknown board (404)', async () => {
    const board = await storeSample(server)
    const other = await createBoard(server.url, { title: 'Other' })
    expect((await remove(board.id)).status).toBe(401)
    expect((await remove(board.id, board.viewToken)).status).toBe(403)
    expect((await remove(board.id, 'wrong')).status).toBe(403)
    expect((await remove(board.id, other.editToken)).status).toBe(403)
    expect((await remove('NoSuchBoard12', board.editToken)).status).toBe(404)
    expect((await remove('bad!id', board.editToken)).status).toBe(404)
    // Still there after all that.
    expect(readStoredBoard(server.dataDir, board.id)).not.toBeNull()
    const view = await remove(board.id, board.viewToken)
    expect((await view.json()).error).toMatch(/participant link/)
  })

  it('deletes for good: tells everyone connected, refuses both tokens, exports 404', async () => {
    const board = await storeSample(server)
    const editor = await connect(board, board.editToken, 'ada')
    const projector = await connect(board, board.viewToken, 'projector')
    const closes: { code: number; reason: string }[] = []
    editor.provider.on('close', ({ event }: { event: { code: number; reason: string } }) =>
      closes.push({ code: event.code, reason: event.reason }),
    )
    // An edit just made: its compaction is pending when the board goes.
    addNote(editor.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'Last words' })
    await waitForAcked(editor)

    const response = await remove(board.id, board.editToken)
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')

    // The board's close message (the provider sees its reason only), then the socket's close.
    await waitFor(() => closes.some((c) => c.code === 4404), 5000, 'the socket to close')
    expect(closes).toEqual([
      { code: 1000, reason: 'board-deleted' },
      { code: 4404, reason: 'board-deleted' },
    ])
    // Unloaded at once, not after the compaction delay.
    await waitFor(() => !server.server.hocuspocus.documents.has(board.id), 2000, 'the unload')
    expect(readStoredBoard(server.dataDir, board.id)).toBeNull()
    expect(logRows(server, board.id)).toBe(0)

    for (const token of [board.editToken, board.viewToken]) {
      expect((await exportOf(server, board.id, 'export.json', token)).status).toBe(404)
      expect((await exportOf(server, board.id, 'export.md', token)).status).toBe(404)
      const again = connectClient({ url: server.url, boardId: board.id, token })
      clients.push(again)
      await waitFor(() => again.denied !== null, 10_000, 'the socket to refuse')
      expect(again.denied?.reason).toBe('unknown-board')
    }
    expect((await remove(board.id, board.editToken)).status).toBe(404)
    expect(projector.provider.isAuthenticated).toBe(false)
  })

  it('does not bring a deleted board back, whatever the clients still send', async () => {
    const board = await storeSample(server)
    const editor = await connect(board, board.editToken, 'ada')
    const closes: number[] = []
    editor.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code))
    expect((await remove(board.id, board.editToken)).status).toBe(204)
    // Writes from a page that has not noticed yet, until its socket is closed for the deletion;
    // then a restart with its final stores.
    addNote(editor.doc, { x: 5, y: 5, authorId: ada, role: 'provider', text: 'Too late' })
    await waitFor(() => closes.includes(4404), 5_000, 'the socket to close')
    expect(readStoredBoard(server.dataDir, board.id)).toBeNull()
    server = await server.restart()
    expect(readStoredBoard(server.dataDir, board.id)).toBeNull()
    expect(logRows(server, board.id)).toBe(0)
    expect((await exportOf(server, board.id, 'export.json', board.editToken)).status).toBe(404)
  })
})

function logRows(server: TestServer, boardId: string): number {
  const db = new Database(path.join(server.dataDir, 'coboard.sqlite'), { readonly: true })
  try {
    return db
      .prepare('SELECT count(*) FROM board_updates WHERE board_id = ?')
      .pluck()
      .get(boardId) as number
  } finally {
    db.close()
  }
}
