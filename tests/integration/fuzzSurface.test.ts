import net from 'node:net'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  getBoardRoots,
  MAX_TEXT_LENGTH,
  MessageTooBig,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { createRandom } from '../fuzz/random'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard, rawRequest } from '../helpers/api'
import { connectSynced, waitFor, type TestClient } from '../helpers/providers'
import { openRawCollab, type RawCollab } from '../helpers/rawCollab'
import { httpInput, socketInput, type HttpInput, type SocketInput } from '../helpers/fuzzInputs'
import { roundTrip } from '../helpers/roundTrip'

// Seeded hostile input at both doors of one server: websocket frames (garbage, truncated and
// mutated sync messages, known-bad Yjs updates, huge varints, wrong names, auth spam) and HTTP
// requests (random paths, methods, headers and bodies, bytes that are not HTTP). Throughout, two
// healthy editors keep exchanging edits; the time an edit takes to reach the other is reported.
// The 100 ms target for that belongs to the benchmark; here it only has to arrive in 2 s.

const SOCKET_INPUTS = Number(process.env.FUZZ_INPUTS ?? (process.env.SOAK ? 3_000 : 200))
const HTTP_INPUTS = Number(process.env.FUZZ_INPUTS ?? (process.env.SOAK ? 3_000 : 200))
/** Healthy round trips are measured after every this many inputs. */
const PROBE_EVERY = 5
// A soak run lasts long enough to meet whatever else a shared machine is busy with.
const ROUND_TRIP_BOUND_MS = process.env.SOAK ? 5_000 : 2_000

describe('fuzz: the server surface', () => {
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 1_000_000))
  let server: TestServer
  let board: CreateBoardResponse
  let a: TestClient
  let b: TestClient
  const latencies: number[] = []

  /** A healthy edit travels both ways; fails the run (with its seed) if it does not in time. */
  const probe = async (where: string) => {
    try {
      latencies.push(await roundTrip(a, b, ROUND_TRIP_BOUND_MS))
      latencies.push(await roundTrip(b, a, ROUND_TRIP_BOUND_MS))
    } catch (error) {
      throw new Error(`seed ${seed}, ${where}: ${(error as Error).message}`, { cause: error })
    }
  }

  beforeAll(async () => {
    console.log(`fuzzSurface seed ${seed} (rerun with FUZZ_SEED=${seed})`)
    server = await startServer()
    board = await createBoard(server.url, { title: 'Fuzz' })
    const connect = (participantId: string) =>
      connectSynced({ url: server.url, boardId: board.id, token: board.editToken, participantId })
    a = await connect('ada' as ParticipantId)
    b = await connect('bo' as ParticipantId)
  })
  afterAll(async () => {
    a?.destroy()
    b?.destroy()
    await server?.destroy()
    if (latencies.length > 0) {
      const median = (values: number[]) =>
        Math.round([...values].sort((x, y) => x - y)[Math.floor(values.length / 2)])
      const sorted = [...latencies].sort((x, y) => x - y)
      const at = (q: number) =>
        Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))])
      // First and last quarter apart: a board that slows down as junk piles up shows here.
      const quarter = Math.max(1, Math.floor(latencies.length / 4))
      console.log(
        `fuzzSurface seed ${seed}: healthy round trip over ${sorted.length} edits: ` +
          `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; median of the first ` +
          `quarter ${median(latencies.slice(0, quarter))} ms, of the last ${median(latencies.slice(-quarter))} ms`,
      )
    }
  })

  it(
    'stays up and keeps a healthy board working through hostile websocket frames',
    { timeout: SOCKET_INPUTS * 300 },
    async () => {
      const random = createRandom(seed)
      const kinds = new Map<string, { count: number; slowestMs: number }>()
      for (let i = 0; i < SOCKET_INPUTS; i++) {
        const input = socketInput(random, board.id)
        const started = performance.now()
        await sendSocketInput(input).catch((error: unknown) => {
          throw new Error(`seed ${seed}, input ${i} (${input.label}): ${(error as Error).message}`)
        })
        const kind = kinds.get(input.label.split(':')[0]) ?? { count: 0, slowestMs: 0 }
        kinds.set(input.label.split(':')[0], {
          count: kind.count + 1,
          slowestMs: Math.max(kind.slowestMs, Math.round(performance.now() - started)),
        })
        if (i % PROBE_EVERY === 0) await probe(`after socket input ${i} (${input.label})`)
      }
      await probe('after the socket inputs')
      console.log(
        `socket inputs by kind (count, slowest ms): ${JSON.stringify(Object.fromEntries(kinds))}`,
      )
    },
  )

  it('closes a message over the size limit with 1009', async () => {
    const raw = await openRawCollab(server.url)
    expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
    raw.ws.send(new Uint8Array(5 * 1024 * 1024))
    expect((await raw.closed).code).toBe(MessageTooBig.code)
    await probe('after an oversized message')
  })

  it('repairs megabytes of text in one note without holding up the board', async () => {
    const typist = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: 'typist',
    })
    const id = addNote(typist.doc, { x: 0, y: 0, authorId: 'typist' as ParticipantId, role: 'p' })
    const textOf = (client: TestClient) => {
      const text = getBoardRoots(client.doc).items.get(id)?.get('text')
      return text instanceof Y.Text ? text.length : -1
    }
    await waitFor(() => textOf(b) === 0, 5_000, 'the empty note on the other client')
    const started = performance.now()
    const text = getBoardRoots(typist.doc).items.get(id)!.get('text') as Y.Text
    text.insert(0, 'x'.repeat(3_500_000))
    await waitFor(() => textOf(b) === MAX_TEXT_LENGTH, 10_000, 'the cut text on the other client')
    console.log(
      `3.5 MB typed into one note: cut to ${MAX_TEXT_LENGTH} characters on another client ` +
        `in ${Math.round(performance.now() - started)} ms`,
    )
    typist.destroy()
    await probe('after megabytes of text')
  })

  it(
    'answers hostile HTTP requests with a 4xx, never a 5xx, and stays up',
    { timeout: HTTP_INPUTS * 300 },
    async () => {
      const random = createRandom(seed + 1)
      for (let i = 0; i < HTTP_INPUTS; i++) {
        const input = httpInput(random, board.id, board.editToken)
        const status = await sendHttpInput(input)
        expect(status ?? 0, `seed ${seed}, request ${i} (${input.label})`).toBeLessThan(500)
        if (i % (PROBE_EVERY * 2) === 0) {
          expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
          await probe(`after HTTP input ${i} (${input.label})`)
        }
      }
    },
  )

  it('refuses a 100 MB body, announced or streamed, with 413', { timeout: 60_000 }, async () => {
    const announced = await postLargeBody({ 'content-length': String(100 * 1024 * 1024) })
    expect([413, null]).toContain(announced)
    const started = performance.now()
    expect(await postLargeBody({ 'transfer-encoding': 'chunked' })).toBe(413)
    console.log(
      `a streamed 100 MB body was refused in ${Math.round(performance.now() - started)} ms`,
    )
    await probe('after 100 MB bodies')
  })

  it('ends with every healthy client and the server on the same board', async () => {
    const live = server.server.hocuspocus.documents.get(board.id)!
    const keys = (doc: Parameters<typeof getBoardRoots>[0]) =>
      [...getBoardRoots(doc).items.keys()].sort().join(',')
    await waitFor(
      () => keys(a.doc) === keys(live) && keys(b.doc) === keys(live),
      5_000,
      `seed ${seed}: the healthy clients to converge with the server`,
    )
  })

  /** Sends one input from a fresh socket; returns once the server has read it or closed. */
  async function sendSocketInput(input: SocketInput): Promise<void> {
    let raw: RawCollab
    try {
      raw = await openRawCollab(server.url)
    } catch (error) {
      throw new Error(`could not open a socket: ${(error as Error).message}`, { cause: error })
    }
    try {
      if (input.sender !== 'stranger') {
        const token = input.sender === 'editor' ? board.editToken : board.viewToken
        await raw.authenticate(board.id, token)
      }
      for (const frame of input.frames) {
        if (typeof frame === 'string') raw.ws.send(frame)
        else raw.send(frame)
      }
      // A ping is answered after every frame before it has been read.
      const pong = new Promise<void>((resolve) => raw.ws.once('pong', () => resolve()))
      if (raw.ws.readyState === raw.ws.OPEN) raw.ws.ping()
      await Promise.race([raw.closed, pong])
    } finally {
      raw.close()
      await raw.closed
    }
  }

  /** Sends one HTTP input; resolves with the status, or null when the server just hung up. */
  function sendHttpInput(input: HttpInput): Promise<number | null> {
    if (input.kind === 'request') {
      return rawRequest(server.port, input.path, input).then(
        (response) => response.status,
        () => null,
      )
    }
    return new Promise((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1')
      let answer = ''
      socket.setTimeout(5_000, () => socket.destroy())
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
      socket.on('error', () => {})
      socket.on('close', () => {
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)
        resolve(status ? Number(status[1]) : null)
      })
      socket.end(input.bytes)
    })
  }

  /** POSTs 100 MB of JSON-ish bytes to /api/boards; resolves with the status, or null on reset. */
  function postLargeBody(headers: Record<string, string>): Promise<number | null> {
    return new Promise((resolve) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/boards',
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? null)
          request.destroy()
        },
      )
      request.on('error', () => resolve(null))
      const chunk = Buffer.alloc(1024 * 1024, 0x20)
      let sent = 0
      const pump = () => {
        while (sent < 100 && !request.destroyed) {
          sent += 1
          if (!request.write(chunk)) return void request.once('drain', pump)
        }
        if (!request.destroyed) request.end()
      }
      request.write('{"title": "')
      pump()
    })
  }
})
