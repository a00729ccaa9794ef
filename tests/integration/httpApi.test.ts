import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addNote,
  BoardIdSchema,
  exportBoardJson,
  readBoard,
  type BoardExport,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard, rawRequest, type RawResponse } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked } from '../helpers/providers'
import { FlakyStore } from '../helpers/flakyStore'
import { SqliteBoardStore } from '../../server/src/storage/SqliteBoardStore'

const ada = 'ada' as ParticipantId

const expectSecurityHeaders = (headers: Headers | RawResponse['headers']) => {
  const get = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined)
  const csp = get('content-security-policy') ?? ''
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'none'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toMatch(/connect-src 'self'/)
  expect(get('x-content-type-options')).toBe('nosniff')
  expect(get('referrer-policy')).toBe('no-referrer')
}

describe('HTTP API', () => {
  let server: TestServer
  let board: CreateBoardResponse
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })
  const exportBoard = (id: string, authorization?: string) =>
    fetch(`${server.url}/api/boards/${id}/export.json`, {
      headers: authorization ? { authorization } : {},
    })

  beforeAll(async () => {
    // Quick compaction, so a board unloads soon after its last client leaves.
    server = await startServer({ compaction: { debounceMs: 50, maxDebounceMs: 200 } })
    board = await createBoard(server.url, { title: 'Ward 7: "discharge" ✓', purpose: 'Plan' })
  })
  afterAll(() => server.destroy())

  it('answers health and readiness', async () => {
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true })
    expectSecurityHeaders(health.headers)
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })

  it('creates a board with two strong tokens and links to it', async () => {
    const response = await post(JSON.stringify({ title: '  Outpatients  ' }))
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expectSecurityHeaders(response.headers)
    const created = (await response.json()) as CreateBoardResponse
    expect(BoardIdSchema.safeParse(created.id).success).toBe(true)
    for (const token of [created.editToken, created.viewToken]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/) // 32 bytes, base64url
    }
    expect(created.editToken).not.toBe(created.viewToken)
    expect(created.editUrl).toBe(`${server.url}/b/${created.id}#edit=${created.editToken}`)
    expect(created.viewUrl).toBe(
      `${server.url}/b/${created.id}/projector#view=${created.viewToken}`,
    )
  })

  it('stores only the hashes of the tokens', async () => {
    const db = new Database(path.join(server.dataDir, 'coboard.sqlite'), { readonly: true })
    const row = db.prepare('SELECT * FROM boards WHERE id = ?').get(board.id) as Record<
      string,
      unknown
    >
    db.close()
    const sha256 = (token: string) => createHash('sha256').update(token).digest()
    expect(Buffer.compare(row.edit_token_hash as Buffer, sha256(board.editToken))).toBe(0)
    expect(Buffer.compare(row.view_token_hash as Buffer, sha256(board.viewToken))).toBe(0)
    const everything = JSON.stringify(row) + Buffer.from(row.snapshot as Buffer).toString('latin1')
    expect(everything).not.toContain(board.editToken)
    expect(everything).not.toContain(board.viewToken)
  })

  it.each([
    ['bad JSON', '{"title": ', 400, /not valid JSON/],
    ['a missing title', '{"purpose": "x"}', 400, /title/],
    ['a blank title', '{"title": "   "}', 400, /title/],
    ['a title that is not text', '{"title": 42}', 400, /title/],
    ['an array', '[]', 400, /JSON object/],
    ['a title that is too long', JSON.stringify({ title: 'x'.repeat(500) }), 400, /title/],
  ])('refuses %s with 400', async (_name, body, status, message) => {
    const response = await post(body)
    expect(response.status).toBe(status)
    expect((await response.json()).error).toMatch(message)
  })

  it('refuses another content type with 415', async () => {
    const response = await post('title=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(response.status).toBe(415)
    expect((await response.json()).error).toMatch(/JSON/)
  })

  it('refuses a body over 64 KiB with 413, whether announced or streamed', async () => {
    const huge = JSON.stringify({ title: 'x', purpose: 'y'.repeat(100 * 1024) })
    const announced = await post(huge)
    expect(announced.status).toBe(413)
    expect((await announced.json()).error).toMatch(/larger/)

    const streamed = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('exports the live board as JSON matching what the clients see', async () => {
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: ada,
    })
    addNote(client.doc, { x: 5, y: 6, authorId: ada, role: 'provider', text: 'exported' })
    await waitForAcked(client)

    for (const token of [board.editToken, board.viewToken]) {
      const response = await exportBoard(board.id, `Bearer ${token}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="Ward-7-discharge.json"',
      )
      expectSecurityHeaders(response.headers)
      const exported = (await response.json()) as BoardExport
      const expected = exportBoardJson(board.id, readBoard(client.doc))
      expect({ ...exported, exportedAt: '' }).toEqual({ ...expected, exportedAt: '' })
      expect(exported.items.map((item) => item.kind === 'note' && item.text)).toEqual(['exported'])
    }

    // Once nobody is connected and the board is unloaded, the export comes from the store.
    client.destroy()
    await waitFor(() => !server.server.hocuspocus.documents.has(board.id), 10_000, 'the unload')
    const stored = (await (
      await exportBoard(board.id, `Bearer ${board.viewToken}`)
    ).json()) as BoardExport
    expect(stored.items.map((item) => item.kind === 'note' && item.text)).toEqual(['exported'])
  })

  it('asks for a token (401), refuses a wrong one (403) and hides unknown boards (404)', async () => {
    const missing = await exportBoard(board.id)
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toBe('Bearer')
    expect((await missing.json()).error).toMatch(/token/)
    expect((await exportBoard(board.id, 'Basic abc')).status).toBe(401)
    expect((await exportBoard(board.id, 'Bearer wrong')).status).toBe(403)
    const other = await createBoard(server.url)
    expect((await exportBoard(board.id, `Bearer ${other.editToken}`)).status).toBe(403)
    expect((await exportBoard('NoSuchBoard12', `Bearer ${board.editToken}`)).status).toBe(404)
  })

  it.each([
    ['a 10 KB id', `/api/boards/${'a'.repeat(10_000)}/export.json`],
    ['a parent segment', '/api/boards/../export.json'],
    ['an encoded traversal', '/api/boards/..%2F..%2Fetc%2Fpasswd/export.json'],
    ['SQL metacharacters', "/api/boards/x'%20OR%20'1'%3D'1/export.json"],
    ['a NUL byte', '/api/boards/abc%00defgh/export.json'],
    ['a broken escape', '/api/boards/%E0%A4%A/export.json'],
  ])('answers %s with 404 or 400, never 500', async (_name, requestPath) => {
    const response = await rawRequest(server.port, requestPath, {
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect([400, 404]).toContain(response.status)
    expect(JSON.parse(response.body).error).toEqual(expect.any(String))
    expectSecurityHeaders(response.headers)
  })

  it('answers unknown API routes with 404 and wrong methods with 405', async () => {
    const unknown = await fetch(`${server.url}/api/nothing`)
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error).toEqual(expect.any(String))
    const wrongMethod = await fetch(`${server.url}/api/boards`)
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('POST')
  })
})

describe('HTTP faults', () => {
  it('answers a failing route with a generic 500 and keeps serving', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-test-'))
    const store = new FlakyStore(SqliteBoardStore.open(dataDir))
    const server = await startServer({ dataDir, store })
    const board = await createBoard(server.url)
    store.failFinds = 1
    const response = await fetch(`${server.url}/api/boards/${board.id}/export.json`, {
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(response.status).toBe(500)
    const { error } = (await response.json()) as { error: string }
    expect(error).toBe('Something went wrong on the server. Please try again.')
    expectSecurityHeaders(response.headers)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await server.destroy()
  })

  it('reports not ready once its storage is gone', async () => {
    const server = await startServer()
    await server.server.store.close()
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    await server.destroy()
  })
})

/** A bundle big and repetitive enough to compress well, as real ones do. */
const BUNDLE = Array.from(
  { length: 400 },
  (_, i) => `export const stage${i} = () => ({ title: 'Stage ${i}', private: ${i % 2 === 0} })`,
).join('\n')

describe('static client', () => {
  let server: TestServer
  let clientDir: string

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'coboard-client-'))
    clientDir = path.join(root, 'client')
    await mkdir(path.join(clientDir, 'assets'), { recursive: true })
    await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Coboard</title>')
    await writeFile(path.join(clientDir, 'assets', 'app-3f9a1c.js'), 'console.log(1)')
    // A bundle as `vite build` leaves it: beside its brotli and gzip copies and its source map.
    await writeFile(path.join(clientDir, 'assets', 'board-77ab12.js'), BUNDLE)
    await writeFile(
      path.join(clientDir, 'assets', 'board-77ab12.js.br'),
      brotliCompressSync(BUNDLE),
    )
    await writeFile(path.join(clientDir, 'assets', 'board-77ab12.js.gz'), gzipSync(BUNDLE))
    await writeFile(path.join(clientDir, 'assets', 'board-77ab12.js.map'), '{"version":3}')
    await writeFile(path.join(clientDir, '.env'), 'SECRET=1')
    await writeFile(path.join(root, 'secret.txt'), 'outside the client folder')
    server = await startServer({ clientDir })
  })
  afterAll(() => server.destroy())

  it('serves index.html for the app routes', async () => {
    for (const route of ['/', '/b/abcdefghijkl', '/b/abcdefghijkl/projector']) {
      const response = await fetch(`${server.url}${route}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(await response.text()).toContain('<title>Coboard</title>')
      expectSecurityHeaders(response.headers)
    }
  })

  it('serves hashed assets as immutable with their content type', async () => {
    const response = await fetch(`${server.url}/assets/app-3f9a1c.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await response.text()).toBe('console.log(1)')
    const etag = response.headers.get('etag')!
    const again = await fetch(`${server.url}/assets/app-3f9a1c.js`, {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('sends a bundle brotli or gzip compressed to a browser that takes it, and says it varies', async () => {
    const asked = async (acceptEncoding: string | undefined) => {
      const headers: Record<string, string> = acceptEncoding
        ? { 'accept-encoding': acceptEncoding }
        : {}
      return rawRequest(server.port, '/assets/board-77ab12.js', { headers })
    }
    const brotli = await asked('gzip, deflate, br, zstd')
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.bytes).toString()).toBe(BUNDLE)
    const gzip = await asked('gzip, deflate')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.bytes).toString()).toBe(BUNDLE)
    const plain = await asked(undefined)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(BUNDLE)
    for (const answer of [brotli, gzip, plain]) {
      expect(answer.status).toBe(200)
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(Number(answer.headers['content-length'])).toBe(answer.bytes.length)
    }
    expect(brotli.bytes.length).toBeLessThan(BUNDLE.length / 5)
  })

  it('serves source maps only when the configuration asks for them', async () => {
    for (const asked of ['/assets/board-77ab12.js.map', '/assets/board-77ab12.js.%6Dap']) {
      const hidden = await rawRequest(server.port, asked)
      expect(hidden.status, asked).toBe(404)
    }
    const debugging = await startServer({ clientDir, serveSourceMaps: true })
    try {
      const shown = await rawRequest(debugging.port, '/assets/board-77ab12.js.map')
      expect(shown.status).toBe(200)
      expect(shown.body).toBe('{"version":3}')
    } finally {
      await debugging.destroy()
    }
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/assets/',
    '/missing.js',
    '/%E0%A4%A',
  ])('never serves %s', async (requestPath) => {
    const response = await rawRequest(server.port, requestPath)
    expect([400, 404]).toContain(response.status)
    expect(response.body).not.toContain('outside the client folder')
    expect(response.body).not.toContain('SECRET')
    expectSecurityHeaders(response.headers)
  })

  it('says how to build the client when there is none', async () => {
    const bare = await startServer()
    const response = await fetch(bare.url)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('npm run build')
    expectSecurityHeaders(response.headers)
    await bare.destroy()
  })
})
