import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  exportBoardSvg,
  readBoard,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { applyStoredUpdates } from '../../server/src/storage/applyStoredUpdates'
import { WORKER_QUEUE_LIMIT } from '../../server/src/workers/BoardWorkers'
import { readImport } from '../../server/src/workers/boardTasks'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { bigBoardFile, storeBigBoard } from '../helpers/bigBoard'
import { watchEventLoop } from '../helpers/eventLoopStalls'
import { NPM_RUN_SERVE, spawnServer } from '../helpers/spawnServer'
import { connectSynced, waitForAcked, type TestClient } from '../helpers/providers'

// Exports and imports are the heaviest requests the server takes: rendering a big board's picture
// or reading a big board file takes a CPU for hundreds of milliseconds. They are rendered and
// read on worker threads, so people editing other boards keep getting their edits saved while a
// burst of them runs. The test's server runs in this process, so a stall of the server's event
// loop is a stall of this one, which watchEventLoop sees.

/** Notes on the big board: a render of its picture takes a few hundred milliseconds. */
const BIG_BOARD_NOTES = 1_500

const author = 'editor' as ParticipantId

/** Someone on another board who saves one note after another until told to stop. */
async function keepEditing(client: TestClient, until: () => boolean): Promise<number> {
  let acked = 0
  while (!until()) {
    addNote(client.doc, { x: acked, y: 0, authorId: author, role: 'provider', text: `${acked}` })
    await waitForAcked(client)
    acked += 1
  }
  return acked
}

/** Milliseconds one synchronous render of the big board's picture takes here, from its rows. */
function timeOneRender(server: TestServer, id: string): Promise<number> {
  return server.server.store.loadUpdates(id).then((updates) => {
    const started = performance.now()
    const doc = new Y.Doc()
    applyStoredUpdates(doc, updates)
    exportBoardSvg(readBoard(doc), { names: 'roles' })
    doc.destroy()
    return performance.now() - started
  })
}

describe('heavy requests and everyone else', () => {
  let server: TestServer
  let big: CreateBoardResponse
  let editor: TestClient
  let renderMs: number

  beforeAll(async () => {
    server = await startServer({ limits: { ...DEFAULT_LIMITS, trustProxy: true } })
    big = await storeBigBoard(server, BIG_BOARD_NOTES)
    const other = await createBoard(server.url)
    editor = await connectSynced({
      url: server.url,
      boardId: other.id,
      token: other.editToken,
      participantId: author,
    })
    await timeOneRender(server, big.id) // warm up
    renderMs = await timeOneRender(server, big.id)
  })
  afterAll(async () => {
    editor.destroy()
    await server.destroy()
  })

  it('keeps saving other people’s edits while twelve exports of a big board render', async () => {
    // Twelve different files (so no copy can serve another), each from an address of its own.
    const files = ['svg', 'html', 'md', 'csv'].flatMap((format) =>
      ['names', 'roles', 'anonymous'].map((names) => `export.${format}?names=${names}`),
    )
    const loop = watchEventLoop()
    let pending = files.length
    const exports = files.map((file, i) =>
      fetch(`${server.url}/api/boards/${big.id}/${file}`, {
        headers: { authorization: `Bearer ${big.editToken}`, 'x-forwarded-for': `192.0.2.${i}` },
      })
        .then(async (response) => ({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: await response.text(),
        }))
        .finally(() => (pending -= 1)),
    )
    const acked = await keepEditing(editor, () => pending === 0)
    const stall = loop.stop()
    const answers = await Promise.all(exports)
    // The worker threads' queue is bounded: what does not fit is refused at once, with words.
    const served = answers.filter((answer) => answer.status === 200)
    expect(served.length).toBeGreaterThanOrEqual(WORKER_QUEUE_LIMIT)
    for (const refused of answers.filter((answer) => answer.status !== 200)) {
      expect(refused.status).toBe(503)
      expect(Number(refused.retryAfter)).toBeGreaterThan(0)
      expect(refused.body).toMatch(/busy with other exports/)
    }
    console.info(
      `exports: ${acked} edits saved meanwhile, longest stall ${stall} ms, one render ${Math.round(renderMs)} ms`,
    )
    // Edits kept being saved while the exports were still under way, and no single piece of
    // work held the server up for as long as rendering the picture once takes (all twelve did,
    // back to back, when they were rendered on the server's own thread).
    expect(acked).toBeGreaterThanOrEqual(10)
    expect(stall).toBeLessThan(renderMs)
  })

  it('keeps saving other people’s edits while six big board files are imported', async () => {
    const file = bigBoardFile(BIG_BOARD_NOTES * 2)
    readImport({ body: Buffer.from(file) }) // warm up
    const started = performance.now()
    readImport({ body: Buffer.from(file) })
    const importMs = performance.now() - started
    const loop = watchEventLoop()
    let pending = 6
    const imports = Array.from({ length: pending }, (_, i) =>
      fetch(`${server.url}/api/boards/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
        body: file,
      })
        .then((response) => response.status)
        .finally(() => (pending -= 1)),
    )
    const acked = await keepEditing(editor, () => pending === 0)
    const stall = loop.stop()
    expect(await Promise.all(imports)).toEqual([201, 201, 201, 201, 201, 201])
    console.info(
      `imports: ${acked} edits saved meanwhile, longest stall ${stall} ms, one import ${Math.round(importMs)} ms`,
    )
    expect(acked).toBeGreaterThanOrEqual(10)
    expect(stall).toBeLessThan(importMs)
  })
})

describe('imports per address', () => {
  it('reads one board file at a time from an address: the next waits with 429', async () => {
    const server = await startServer({ limits: { ...DEFAULT_LIMITS, trustProxy: true } })
    try {
      const file = Buffer.from(bigBoardFile(20))
      const address = '203.0.113.50'
      // The first import's body arrives slowly: it is under way until the last byte.
      const first = http.request(`${server.url}/api/boards/import`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': file.length,
          'x-forwarded-for': address,
        },
      })
      const firstStatus = new Promise<number>((resolve, reject) => {
        first.on('response', (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
        first.on('error', reject)
      })
      first.write(file.subarray(0, 10))
      const importFrom = (from: string) =>
        fetch(`${server.url}/api/boards/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
          body: file,
        })
      // The first import must have reached the server before the second is sent.
      let second = await importFrom(address)
      for (let i = 0; i < 5 && second.status === 201; i++) second = await importFrom(address)
      expect(second.status).toBe(429)
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(((await second.json()) as { error: string }).error).toMatch(/still being imported/)
      expect((await importFrom('198.51.100.50')).status).toBe(201)

      first.end(file.subarray(10))
      expect(await firstStatus).toBe(201)
      expect((await importFrom(address)).status).toBe(201)
    } finally {
      await server.destroy()
    }
  })
})

describe('worker threads as operators run the server', () => {
  it('exports and imports from `npm run serve` (tsx server/src/main.ts)', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-serve-'))
    const server = await spawnServer(
      { DATA_DIR: dataDir, CLIENT_DIR: path.join(dataDir, 'no-client') },
      NPM_RUN_SERVE,
    )
    try {
      const board = await createBoard(server.url, { title: 'Served by tsx' })
      const exported = await fetch(`${server.url}/api/boards/${board.id}/export.json`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      })
      expect(exported.status).toBe(200)
      const file = await exported.text()
      expect(file).toContain('Served by tsx')
      const imported = await fetch(`${server.url}/api/boards/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: file,
      })
      expect(imported.status).toBe(201)
      expect(await server.stop()).toBe(0)
    } finally {
      await server.kill()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
