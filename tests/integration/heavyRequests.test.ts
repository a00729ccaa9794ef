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
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { bigBoardFile, storeBigBoard } from '../helpers/bigBoard'
import { watchEventLoop } from '../helpers/eventLoopStalls'
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
    // work held the server up for as long as rendering the picture once takes.
    expect(acked).toBeGreaterThanOrEqual(10)
    expect(stall).toBeLessThan(renderMs / 2)
  })

  it('keeps saving other people’s edits while six big board files are imported', async () => {
    const file = bigBoardFile(BIG_BOARD_NOTES * 2)
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
      `imports: ${acked} edits saved meanwhile, longest stall ${stall} ms, one render ${Math.round(renderMs)} ms`,
    )
    expect(acked).toBeGreaterThanOrEqual(10)
    expect(stall).toBeLessThan(renderMs / 2)
  })
})
