import { randomInt } from 'node:crypto'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { RateLimited, type CreateBoardResponse } from '@coboard/shared'
import { DEFAULT_LIMITS, type LimitsConfig } from '../../server/src/limits/LimitsConfig'
import type { ServerOptions } from '../../server/src/createServer'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, type TestClient } from '../helpers/providers'
import { frames, openRawCollab, type RawCollab } from '../helpers/rawCollab'
import { fillBoard, isSyncStep2 } from '../helpers/filledBoard'
import { findServices } from '../helpers/services'

// Budgets belong to the client address, not to the socket: closing a socket and opening another
// must not buy a fresh allowance, and with Redis the allowance holds across instances. A whole
// workshop behind one venue address still gets in.

const services = await findServices({ redis: true })

/** Small budgets, so that using them up is quick. */
const SMALL: LimitsConfig = {
  ...DEFAULT_LIMITS,
  maxMessageBytes: 256 * 1024,
  byteBurst: 512 * 1024,
  bytesPerSecond: 8 * 1024,
  addressByteBurst: 768 * 1024,
  addressBytesPerSecond: 8 * 1024,
  boardAnswerBytesPerAddress: 1024 * 1024,
  boardAnswerWindowMs: 60_000,
  boardAnswerMaxWaitMs: 300,
}

const BOARD_BYTES = 300_000
const empty = Y.encodeStateVector(new Y.Doc())

/** An address of the documentation range, new for each test, sent as the proxy would. */
const testAddress = () =>
  `2001:db8:${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}::7`

const servers: TestServer[] = []
const raws: RawCollab[] = []
const clients: TestClient[] = []

afterEach(async () => {
  for (const raw of raws.splice(0)) raw.ws.terminate()
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(servers.splice(0).map((server) => server.destroy()))
})

async function start(options: ServerOptions): Promise<TestServer> {
  const server = await startServer(options)
  servers.push(server)
  return server
}

/** Opens `board` from `address` (through a trusted proxy, if the server trusts one). */
async function openFrom(server: TestServer, board: CreateBoardResponse, address: string) {
  const raw = await openRawCollab(server.url, { headers: { 'x-forwarded-for': address } })
  raws.push(raw)
  expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
  return raw
}

/** Asks for the whole board `count` times and waits for every answer; closes the socket. */
async function takeAnswers(raw: RawCollab, boardId: string, count: number): Promise<void> {
  let answers = 0
  raw.ws.on('message', (data: Buffer) => {
    if (isSyncStep2(new Uint8Array(data))) answers += 1
  })
  for (let i = 0; i < count; i++) raw.send(frames.syncStep1(boardId, empty))
  await waitFor(() => answers === count, 10_000, 'the whole board to arrive each time')
  raw.close()
  await raw.closed
}

/** What became of `count` more requests: all answered, or the socket closed (with its code). */
async function askAgain(raw: RawCollab, boardId: string, count: number) {
  let answers = 0
  const answered = new Promise<'answered'>((resolve) =>
    raw.ws.on('message', (data: Buffer) => {
      if (isSyncStep2(new Uint8Array(data)) && ++answers === count) resolve('answered')
    }),
  )
  for (let i = 0; i < count; i++) raw.send(frames.syncStep1(boardId, empty))
  return Promise.race([answered, raw.closed])
}

describe('budgets per address', () => {
  it('a socket opened after another closed does not get a fresh burst of bytes', async () => {
    const server = await start({ limits: { ...SMALL, trustProxy: true } })
    const board = await createBoard(server.url, { title: 'Bytes' })
    const address = testAddress()
    const padding = 'x'.repeat(200 * 1024)

    const first = await openFrom(server, board, address)
    for (let i = 0; i < 2; i++) first.send(frames.stateless(board.id, padding))
    // Frames are handled in order: an answer to this request means the padding was taken.
    expect(await askAgain(first, board.id, 1)).toBe('answered')
    first.close()
    await first.closed

    const second = await openFrom(server, board, address)
    for (let i = 0; i < 2; i++) second.send(frames.stateless(board.id, padding))
    expect(await askAgain(second, board.id, 1)).toEqual({
      code: RateLimited.code,
      reason: RateLimited.reason,
    })
    // Another address is not affected.
    const elsewhere = await openFrom(server, board, testAddress())
    for (let i = 0; i < 2; i++) elsewhere.send(frames.stateless(board.id, padding))
    expect(await askAgain(elsewhere, board.id, 1)).toBe('answered')
  })

  it('a socket opened after another closed does not get a fresh allowance of whole boards', async () => {
    const server = await start({ limits: { ...SMALL, trustProxy: true } })
    const board = await createBoard(server.url, { title: 'Answers' })
    await fillBoard(server.url, board.id, board.editToken, BOARD_BYTES)
    const address = testAddress()

    await takeAnswers(await openFrom(server, board, address), board.id, 3)
    const again = await openFrom(server, board, address)
    expect(await askAgain(again, board.id, 2)).toEqual({
      code: RateLimited.code,
      reason: RateLimited.reason,
    })
  }, 30_000)

  describe.skipIf(!services.available)(services.title('across instances'), () => {
    it('two instances on one Redis share an address’s allowance of whole boards', async () => {
      const options = { limits: { ...SMALL, trustProxy: true }, redisUrl: services.redisUrl }
      const one = await start(options)
      const two = await start(options)
      const boardOne = await createBoard(one.url, { title: 'One' })
      const boardTwo = await createBoard(two.url, { title: 'Two' })
      await fillBoard(one.url, boardOne.id, boardOne.editToken, BOARD_BYTES)
      await fillBoard(two.url, boardTwo.id, boardTwo.editToken, BOARD_BYTES)
      const address = testAddress()

      await takeAnswers(await openFrom(one, boardOne, address), boardOne.id, 3)
      // Another address on the second instance gets its board (and the instance learns its size).
      expect(await askAgain(await openFrom(two, boardTwo, testAddress()), boardTwo.id, 1)).toBe(
        'answered',
      )
      // Two more boards fit one instance's allowance, but not what is left of the shared one.
      const onTwo = await openFrom(two, boardTwo, address)
      expect(await askAgain(onTwo, boardTwo.id, 2)).toEqual({
        code: RateLimited.code,
        reason: RateLimited.reason,
      })
    }, 30_000)
  })

  it('thirty people behind one venue address all join a big board at once', async () => {
    const server = await start({})
    const board = await createBoard(server.url, { title: 'Workshop' })
    await fillBoard(server.url, board.id, board.editToken, 1_000_000)
    const joined = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        connectSynced({
          url: server.url,
          boardId: board.id,
          token: board.editToken,
          participantId: `person-${index}`,
        }),
      ),
    )
    clients.push(...joined)
    expect(joined.every((client) => client.provider.synced)).toBe(true)
  }, 60_000)
})
