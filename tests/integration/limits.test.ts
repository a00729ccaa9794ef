import pino from 'pino'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  addNote,
  AuthTimeout,
  getBoardRoots,
  joinBoard,
  LIMIT_NOTICE_TYPE,
  MalformedMessage,
  MAX_ITEMS,
  MAX_PARTICIPANTS,
  MAX_TEXT_LENGTH,
  MessageTooBig,
  RateLimited,
  readBoard,
  ResyncRequired,
  TooManyConnections,
  UpdateTooLarge,
  type CloseCode,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { DEFAULT_LIMITS, type LimitsConfig } from '../../server/src/limits/LimitsConfig'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { frames, openRawCollab, type RawCollab } from '../helpers/rawCollab'
import { mapEntries, manyStructs } from '../helpers/hostileUpdates'
import { nextClose, roundTrip } from '../helpers/roundTrip'

// Each limit trips with its named close code, and two other people on the same board go on
// editing meanwhile. The limits are set low so that tripping them is quick.

const LOW_LIMITS: LimitsConfig = {
  ...DEFAULT_LIMITS,
  maxMessageBytes: 256 * 1024,
  messageBurst: 60,
  messagesPerSecond: 20,
  byteBurst: 512 * 1024,
  bytesPerSecond: 64 * 1024,
  maxConnectionsPerAddress: 12,
  authTimeoutMs: 600,
  maxUpdateOperations: 5_000,
  maxPendingBytes: 16 * 1024,
}

const ada = 'ada' as ParticipantId
const bo = 'bo' as ParticipantId

const expectClosedWith = (closed: { code: number; reason: string }, expected: CloseCode) =>
  expect(closed).toEqual({ code: expected.code, reason: expected.reason })

describe('limits', () => {
  let server: TestServer
  let board: CreateBoardResponse
  let a: TestClient
  let b: TestClient
  const extra: { destroy(): void }[] = []
  const raws: RawCollab[] = []

  const rawEditor = async () => {
    const raw = await openRawCollab(server.url)
    raws.push(raw)
    expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
    return raw
  }
  /** The healthy pair still works: an edit of one reaches the other, both ways. */
  const expectBoardStillWorks = async () => {
    await roundTrip(a, b)
    await roundTrip(b, a)
  }

  beforeAll(async () => {
    server = await startServer({ limits: LOW_LIMITS })
    board = await createBoard(server.url, { title: 'Limits' })
    const connect = (participantId: ParticipantId) =>
      connectSynced({ url: server.url, boardId: board.id, token: board.editToken, participantId })
    a = await connect(ada)
    b = await connect(bo)
  })
  afterEach(async () => {
    for (const client of extra.splice(0)) client.destroy()
    await Promise.all(
      raws.splice(0).map((raw) => {
        raw.close()
        return raw.closed
      }),
    )
  })
  afterAll(async () => {
    a?.destroy()
    b?.destroy()
    await server?.destroy()
  })

  it('closes a message over the size limit with 1009 and keeps nothing of it', async () => {
    const big = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: 'big',
    })
    extra.push(big)
    const closed = nextClose(big)
    getBoardRoots(big.doc).meta.set('purpose', 'x'.repeat(300 * 1024))
    expect((await closed).code).toBe(MessageTooBig.code)
    big.destroy()
    await expectBoardStillWorks()
    expect(readBoard(a.doc).meta.purpose).toBe('')
  })

  it('closes a connection that sends too many messages a second with 4429', async () => {
    const chatty = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: 'chatty',
    })
    extra.push(chatty)
    const closed = nextClose(chatty)
    for (let i = 0; i < 200; i++) chatty.provider.setAwarenessField('cursor', { x: i, y: i })
    expectClosedWith(await closed, RateLimited)
    chatty.destroy()
    await expectBoardStillWorks()
  })

  it('closes a connection that sends too many bytes a second with 4429', async () => {
    const raw = await rawEditor()
    for (let i = 0; i < 5; i++) raw.send(frames.stateless(board.id, 'x'.repeat(200 * 1024)))
    expectClosedWith(await raw.closed, RateLimited)
    await expectBoardStillWorks()
  })

  it('refuses sockets past the limit per address with 4430, and admits again once one closes', async () => {
    const admitted: RawCollab[] = []
    let refused: { code: number; reason: string } | null = null
    while (!refused) {
      const raw = await openRawCollab(server.url)
      raws.push(raw)
      // A refused socket is closed at once; an admitted one can open the board.
      const outcome = await Promise.race([
        raw.closed,
        raw.authenticate(board.id, board.editToken).catch(() => raw.closed),
      ])
      if (typeof outcome === 'string') admitted.push(raw)
      else refused = outcome
      expect(admitted.length).toBeLessThan(LOW_LIMITS.maxConnectionsPerAddress)
    }
    expectClosedWith(refused, TooManyConnections)
    await expectBoardStillWorks()

    admitted[0].close()
    await admitted[0].closed
    const again = await openRawCollab(server.url)
    raws.push(again)
    expect(await again.authenticate(board.id, board.editToken)).toBe('read-write')
  })

  it('closes a socket that does not authenticate in time with 4408, and only such a socket', async () => {
    const silent = await openRawCollab(server.url)
    const refusedToken = await openRawCollab(server.url)
    const admitted = await openRawCollab(server.url)
    raws.push(silent, refusedToken, admitted)
    expect(await refusedToken.authenticate(board.id, 'wrong')).toBe('denied: invalid-token')
    expect(await admitted.authenticate(board.id, board.viewToken)).toBe('readonly')
    expectClosedWith(await silent.closed, AuthTimeout)
    expectClosedWith(await refusedToken.closed, AuthTimeout)
    // A socket opened after the admitted one times out after it would have: by then the
    // admitted socket's own deadline has passed too.
    const later = await openRawCollab(server.url)
    raws.push(later)
    expectClosedWith(await later.closed, AuthTimeout)
    expect(admitted.ws.readyState).toBe(admitted.ws.OPEN)
    await expectBoardStillWorks()
  })

  it('closes a socket that sends a frame it cannot read with 4400', async () => {
    const raw = await rawEditor()
    raw.send(Uint8Array.of(0xff, 0xff, 0xff, 0xff))
    expectClosedWith(await raw.closed, MalformedMessage)
    const truncated = await rawEditor()
    truncated.send(frames.update(board.id, Uint8Array.of(1, 200, 7)))
    expectClosedWith(await truncated.closed, MalformedMessage)
    await expectBoardStillWorks()
  })

  it('closes a socket whose update has too many parts with 4413, applying none of it', async () => {
    const raw = await rawEditor()
    const before = Y.encodeStateVector(server.server.hocuspocus.documents.get(board.id)!)
    raw.send(frames.update(board.id, manyStructs(424242, LOW_LIMITS.maxUpdateOperations + 1)))
    expectClosedWith(await raw.closed, UpdateTooLarge)
    const after = Y.encodeStateVector(server.server.hocuspocus.documents.get(board.id)!)
    expect(Y.decodeStateVector(after).has(424242)).toBe(false)
    expect(after).toEqual(before)
    await expectBoardStillWorks()
  })

  it('drops a backlog of updates that never become applicable, and asks for a resync (4409)', async () => {
    const raw = await rawEditor()
    const live = server.server.hocuspocus.documents.get(board.id)!
    // Each chunk is well formed, but builds on history from a client that never sends it.
    for (let i = 0; i < 8 && raw.ws.readyState === raw.ws.OPEN; i++) {
      raw.send(frames.update(board.id, mapEntries(777_000 + i, 300, 1_000_000)))
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expectClosedWith(await raw.closed, ResyncRequired)
    await waitFor(() => live.store.pendingStructs === null, 2_000, 'the backlog to be dropped')
    await expectBoardStillWorks()
  })
})

describe('time budget', () => {
  const logLines: string[] = []
  let server: TestServer
  let board: CreateBoardResponse
  const clients: TestClient[] = []

  beforeAll(async () => {
    // Only the time budget is low, and the log says which limit tripped.
    server = await startServer({
      limits: { ...DEFAULT_LIMITS, workBurstMs: 200, workMsPerSecond: 20 },
      logger: pino({ level: 'warn' }, { write: (line: string) => void logLines.push(line) }),
    })
    board = await createBoard(server.url, { title: 'Time budget' })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server?.destroy()
  })

  it('closes a connection whose updates take the server too long with 4429', async () => {
    const connect = async (participantId: ParticipantId) => {
      const client = await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.editToken,
        participantId,
      })
      clients.push(client)
      return client
    }
    const [a, b] = [await connect(ada), await connect(bo)]
    const raw = await openRawCollab(server.url)
    expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
    // Well formed and within every other limit, but each one is real work to apply and store.
    for (let i = 0; i < 1_000 && raw.ws.readyState === raw.ws.OPEN; i++) {
      const acked = raw.received.length
      raw.send(frames.update(board.id, mapEntries(900_000 + i, 5_000)))
      await waitFor(
        () => raw.received.length > acked || raw.ws.readyState !== raw.ws.OPEN,
        5_000,
        'the ack',
      )
    }
    expectClosedWith(await raw.closed, RateLimited)
    expect(logLines.join('\n')).toContain('a connection used up its time budget')
    await roundTrip(a, b)
    await roundTrip(b, a)
  })
})

describe('board limits', () => {
  let server: TestServer
  let board: CreateBoardResponse
  const clients: TestClient[] = []
  const connect = async (participantId: string) => {
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId,
    })
    clients.push(client)
    return client
  }
  /** Every limit notice `client` is sent, as parsed JSON. */
  const noticesOf = (client: TestClient) => {
    const notices: { code: string; message: string }[] = []
    client.provider.on('stateless', ({ payload }: { payload: string }) => {
      const notice = JSON.parse(payload) as { type: string; code: string; message: string }
      if (notice.type === LIMIT_NOTICE_TYPE) notices.push(notice)
    })
    return notices
  }

  beforeAll(async () => {
    server = await startServer()
    board = await createBoard(server.url, { title: 'Board limits' })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server?.destroy()
  })

  it('cuts a text past its limit, says so to its writer, and the others see the cut text', async () => {
    const writer = await connect('writer')
    const reader = await connect('reader')
    const notices = noticesOf(writer)
    const id = addNote(writer.doc, { x: 0, y: 0, authorId: 'writer' as ParticipantId, role: 'p' })
    // Past editText's own cut, as a modified client would.
    const text = getBoardRoots(writer.doc).items.get(id)!.get('text') as Y.Text
    text.insert(0, 'y'.repeat(MAX_TEXT_LENGTH + 500))
    await waitFor(() => notices.length > 0, 5_000, 'the notice')
    expect(notices[0].code).toBe('text-too-long')
    expect(notices[0].message).toMatch(/2,000 characters/)
    const readersText = () => {
      const item = readBoard(reader.doc).items.get(id)
      return item?.kind === 'note' ? item.text : ''
    }
    await waitFor(() => readersText().length === MAX_TEXT_LENGTH, 5_000, 'the cut text')
    await roundTrip(reader, writer)
  })

  it('trims the items past the board limit and says so to whoever added them', async () => {
    const filler = await connect('filler')
    const notices = noticesOf(filler)
    const { items } = getBoardRoots(filler.doc)
    // Bare notes (what repair requires, no more), in batches: each batch is one update and must
    // stay under the message size.
    for (let added = 0; added <= MAX_ITEMS; added += 2_500) {
      filler.doc.transact(() => {
        for (let i = added; i < Math.min(added + 2_500, MAX_ITEMS + 1); i++) {
          items.set(
            `bulk-${i}`,
            new Y.Map<unknown>([
              ['kind', 'note'],
              ['x', i],
              ['y', 0],
              ['color', 'blue'],
            ]),
          )
        }
      })
      await waitForAcked(filler)
    }
    await waitFor(() => notices.some((n) => n.code === 'board-full'), 10_000, 'the notice')
    await waitFor(() => items.size === MAX_ITEMS, 10_000, 'the trim')
    const live = server.server.hocuspocus.documents.get(board.id)!
    expect(getBoardRoots(live).items.size).toBe(MAX_ITEMS)
  })

  it('keeps the roster from growing past one entry per device, however many one socket adds', async () => {
    // The roster's own limit (MAX_PARTICIPANTS, trimmed by repair) now takes that many devices;
    // one socket's additions for anyone but itself are undone (see ownVoices.test.ts).
    const joiner = await connect('joiner')
    joiner.doc.transact(() => {
      joinBoard(joiner.doc, { id: 'joiner' as ParticipantId, name: 'Joiner', role: 'other' })
      for (let i = 0; i <= MAX_PARTICIPANTS; i++) {
        joinBoard(joiner.doc, { id: `p${i}` as ParticipantId, name: `Person ${i}`, role: 'other' })
      }
    })
    await waitFor(
      () => readBoard(joiner.doc).participants.size === 1,
      10_000,
      'everyone but the joiner to be undone',
    )
    expect([...readBoard(joiner.doc).participants.keys()]).toEqual(['joiner'])
  })
})
