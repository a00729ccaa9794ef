import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TooSlow, type CreateBoardResponse, type ParticipantId } from '@coboard/shared'
import { DEFAULT_LIMITS, type LimitsConfig } from '../../server/src/limits/LimitsConfig'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, type TestClient } from '../helpers/providers'
import { roundTrip } from '../helpers/roundTrip'
import { fillBoard, openNonReader } from '../helpers/filledBoard'
import type { RawCollab } from '../helpers/rawCollab'

// Sockets that ask for a big board and never read: what the server sends them must not pile up
// in its memory, and the people on other boards must not notice. (Issue 13: six such sockets
// grew the server by 25 MB a second and none was closed.)

const LIMITS: LimitsConfig = {
  ...DEFAULT_LIMITS,
  maxBufferedBytes: 1024 * 1024,
  stalledSocketMs: 1_000,
}

const BOARD_BYTES = 1_500_000
const NON_READERS = 6
const REQUESTS_EACH = 25

describe('backpressure', () => {
  let server: TestServer
  let big: CreateBoardResponse
  let other: CreateBoardResponse
  let a: TestClient
  let b: TestClient
  const logLines: string[] = []
  const raws: RawCollab[] = []

  beforeAll(async () => {
    server = await startServer({
      limits: LIMITS,
      logger: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }),
    })
    big = await createBoard(server.url, { title: 'Big' })
    other = await createBoard(server.url, { title: 'Other' })
    await fillBoard(server.url, big.id, big.editToken, BOARD_BYTES)
    const connect = (participantId: string) =>
      connectSynced({
        url: server.url,
        boardId: other.id,
        token: other.editToken,
        participantId: participantId as ParticipantId,
      })
    a = await connect('ada')
    b = await connect('bo')
  }, 60_000)

  afterAll(async () => {
    for (const raw of raws) raw.ws.terminate()
    a?.destroy()
    b?.destroy()
    await server?.destroy()
  })

  it('closes sockets that never read a big board, keeps memory bounded, and other boards keep working', async () => {
    const baseline = process.memoryUsage().arrayBuffers
    let peak = baseline
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers)
    }, 20)
    try {
      for (let i = 0; i < NON_READERS; i++) {
        raws.push(await openNonReader(server.url, big.id, big.editToken, REQUESTS_EACH))
      }
      const document = server.server.hocuspocus.documents.get(big.id)!
      const roundTrips: number[] = []
      await waitFor(
        async () => {
          roundTrips.push(await roundTrip(a, b, 3_000))
          return document.getConnectionsCount() === 0
        },
        20_000,
        'every socket that does not read to be closed',
      )
      expect(Math.max(...roundTrips)).toBeLessThan(2_000)
      expect(logLines.some((line) => line.includes(`"reason":"${TooSlow.reason}"`))).toBe(true)
    } finally {
      clearInterval(sampler)
    }
    // What the sockets asked for is 6 × 25 whole boards, 225 MB; it must never all be queued.
    expect(peak - baseline).toBeLessThan(100 * 1024 * 1024)
    await roundTrip(b, a)
  }, 60_000)

  it('closes a socket that stops reading even when nothing more is sent to it', async () => {
    // A cap no single answer reaches: only the watch on draining can close this socket.
    const lenient = await startServer({
      limits: { ...LIMITS, maxBufferedBytes: 64 * 1024 * 1024 },
      logger: pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) }),
    })
    try {
      const board = await createBoard(lenient.url, { title: 'Stalled' })
      await fillBoard(lenient.url, board.id, board.editToken, BOARD_BYTES)
      // The first answer or two fit in the kernel's buffers; the next waits in the server.
      raws.push(await openNonReader(lenient.url, board.id, board.editToken, 4))
      const document = lenient.server.hocuspocus.documents.get(board.id)!
      await waitFor(
        () => document.getConnectionsCount() === 0,
        10_000,
        'the socket that stopped reading to be closed',
      )
    } finally {
      await lenient.destroy()
    }
  }, 60_000)
})
