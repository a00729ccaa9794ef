import type * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import {
  addNote,
  BoardDeleted,
  CLOSE_EXPLANATIONS,
  getBoardRoots,
  LIMIT_NOTICE_EXPLANATIONS,
  MAX_TEXT_LENGTH,
  MessageTooBig,
  RateLimited,
  ServerShutdown,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { watchServerNotices, type ServerNotice } from '../../client/src/core/sync/serverNotices'
import { createBoard } from '../helpers/api'
import { connectClient, waitFor, type TestClient } from '../helpers/providers'
import { nextClose } from '../helpers/roundTrip'
import { useServerPerTest } from '../helpers/serverPerTest'

// The client's watcher on a real provider against a real server: each close the server explains
// and each limit notice it sends becomes one notice in words; closes said elsewhere (refusal,
// deletion) and the provider's own reconnects do not.

describe('server notices', () => {
  const live = useServerPerTest({
    limits: { ...DEFAULT_LIMITS, maxMessageBytes: 64 * 1024, messageBurst: 40 },
  })

  /** A synced editor on `board` whose provider is watched; `notices` collects what it is told. */
  async function openWatched(board: CreateBoardResponse, participantId = 'ada') {
    const client = await live.connect(board.id, board.editToken, participantId)
    const notices: ServerNotice[] = []
    watchServerNotices(client.provider, (notice) => notices.push(notice))
    return { client, notices }
  }

  /** Opens the socket again after the server closed it (test clients do not retry by themselves). */
  async function reconnect(client: TestClient) {
    await client.socket.connect()
    await waitFor(() => client.provider.synced, 10_000, 'the client to sync again')
  }

  test('a text cut to its limit is told to its writer in the words of the limit', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const { client, notices } = await openWatched(board)
    const id = addNote(client.doc, { x: 0, y: 0, authorId: 'ada' as ParticipantId, role: 'p' })
    // Past editText's own cut, as when two people's texts merge past the limit.
    const text = getBoardRoots(client.doc).items.get(id)!.get('text') as Y.Text
    text.insert(0, 'y'.repeat(MAX_TEXT_LENGTH + 10))
    await waitFor(() => notices.length > 0, 5_000, 'the limit notice')
    expect(notices).toEqual([
      { id: 1, tone: 'warning', text: LIMIT_NOTICE_EXPLANATIONS['text-too-long'] },
    ])
  })

  test('a message over the size limit is explained by its code alone (1009 has no reason)', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const { client, notices } = await openWatched(board)
    const closed = nextClose(client)
    client.provider.sendStateless('x'.repeat(100 * 1024))
    expect((await closed).code).toBe(MessageTooBig.code)
    await waitFor(() => notices.length > 0, 5_000, 'the notice')
    expect(notices).toEqual([
      { id: 1, tone: 'warning', text: CLOSE_EXPLANATIONS[MessageTooBig.code] },
    ])
  })

  test('a page rate limited again after reconnecting is told once, not at every close', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const { client, notices } = await openWatched(board)
    for (let round = 0; round < 2; round++) {
      if (round > 0) await reconnect(client)
      const closed = nextClose(client)
      for (let i = 0; i < 100; i++) client.provider.sendStateless(`chatter ${round}.${i}`)
      expect(await closed).toEqual({ code: RateLimited.code, reason: RateLimited.reason })
    }
    await waitFor(() => notices.length > 0, 5_000, 'the notice')
    expect(notices).toEqual([
      { id: 1, tone: 'warning', text: CLOSE_EXPLANATIONS[RateLimited.code] },
    ])
  })

  test('a server shutting down is told calmly, as information', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const { client, notices } = await openWatched(board)
    const closed = nextClose(client)
    await live.server.close()
    expect((await closed).code).toBe(ServerShutdown.code)
    await waitFor(() => notices.length > 0, 5_000, 'the notice')
    expect(notices).toEqual([
      { id: 1, tone: 'info', text: CLOSE_EXPLANATIONS[ServerShutdown.code] },
    ])
  })

  test('says nothing of a deleted board, which has its own screen', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const { client, notices } = await openWatched(board)
    // Registered after the watcher, so it hears each close after the watcher has.
    const closes: number[] = []
    client.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code))
    const response = await fetch(`${live.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(response.status).toBe(204)
    // The board's close message (1000), then the socket's close (4404).
    await waitFor(() => closes.includes(BoardDeleted.code), 5_000, 'the socket to close')
    expect(notices).toEqual([])
  })

  test('says nothing of a refused link, which has its own screen', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const refused = live.track(
      connectClient({ url: live.url, boardId: board.id, token: 'not-the-token' }),
    )
    const notices: ServerNotice[] = []
    watchServerNotices(refused.provider, (notice) => notices.push(notice))
    await waitFor(() => refused.denied !== null, 5_000, 'the refusal')
    // The refusal is the last thing this client hears, so no later event marks a notice that did
    // not come: a bounded wait for any close that might follow it.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(notices).toEqual([])
  })

  test('stops telling once unwatched', async () => {
    const board = await createBoard(live.url, { title: 'Notices' })
    const client = await live.connect(board.id, board.editToken, 'ada')
    const notices: ServerNotice[] = []
    const stop = watchServerNotices(client.provider, (notice) => notices.push(notice))
    stop()
    const closed = nextClose(client)
    await live.server.close()
    await closed
    expect(notices).toEqual([])
  })
})
