import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MessageType, type Extension, type onStatelessPayload } from '@hocuspocus/server'
import {
  addNote,
  joinBoard,
  readBoard,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard, rawRequest } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { tryUpgrade } from '../helpers/rawSocket'
import { frames, openRawCollab, type RawCollab } from '../helpers/rawCollab'
import { roundTrip } from '../helpers/roundTrip'

// What access.test.ts does not already cover: a view token writing by every route the protocol
// has, forged presence, a socket hopping boards, and foreign origins on HTTP as well.

const ada = 'ada' as ParticipantId
const bo = 'bo' as ParticipantId

/** Records every stateless message that gets past Presence (which runs first). */
class StatelessLog implements Extension {
  readonly extensionName = 'StatelessLog'
  readonly payloads: string[] = []
  async onStateless({ payload }: onStatelessPayload) {
    this.payloads.push(payload)
  }
}

/** A Yjs update that adds a note `id` to an empty document's `items`, written by a stranger. */
function strangerUpdate(id: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('items').set(
    id,
    new Y.Map<unknown>([
      ['kind', 'note'],
      ['x', 1],
      ['y', 1],
    ]),
  )
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

describe('access hardening', () => {
  let server: TestServer
  let board: CreateBoardResponse
  let other: CreateBoardResponse
  let a: TestClient
  let b: TestClient
  const statelessLog = new StatelessLog()
  const raws: RawCollab[] = []

  const raw = async (token: string | null, boardId = board.id, participantId?: string) => {
    const socket = await openRawCollab(server.url, { participantId })
    raws.push(socket)
    if (token !== null) await socket.authenticate(boardId, token)
    return socket
  }
  const live = () => server.server.hocuspocus.documents.get(board.id)!
  /** Waits until everything `socket` sent so far was handled: a round trip of its own. */
  const settled = async (socket: RawCollab) => {
    const before = socket.received.length
    socket.send(frames.syncStep1(board.id, new Uint8Array([0])))
    await waitFor(
      () => socket.received.slice(before).some((m) => m.type === MessageType.Sync),
      5_000,
      'the server to answer',
    )
  }

  beforeAll(async () => {
    server = await startServer({ extensions: [statelessLog] })
    board = await createBoard(server.url, { title: 'Hardening' })
    other = await createBoard(server.url, { title: 'Other' })
    const connect = (participantId: ParticipantId) =>
      connectSynced({ url: server.url, boardId: board.id, token: board.editToken, participantId })
    a = await connect(ada)
    b = await connect(bo)
    joinBoard(a.doc, { id: ada, name: 'Ada', role: 'lived-experience' })
    joinBoard(b.doc, { id: bo, name: 'Bo', role: 'provider' })
    await Promise.all([waitForAcked(a), waitForAcked(b)])
  })
  afterEach(async () => {
    await Promise.all(
      raws.splice(0).map((socket) => {
        socket.close()
        return socket.closed
      }),
    )
  })
  afterAll(async () => {
    a?.destroy()
    b?.destroy()
    await server?.destroy()
  })

  it('sends nothing of a board to a socket that has not authenticated', async () => {
    const stranger = await raw(null)
    stranger.send(frames.syncStep1(board.id, new Uint8Array([0])))
    stranger.send(frames.queryAwareness(board.id))
    expect(await stranger.authenticate(board.id, 'guess')).toBe('denied: invalid-token')
    await roundTrip(a, b)
    expect(stranger.received.map((m) => m.type)).toEqual([MessageType.Auth])
  })

  it('refuses a view token that writes by sync step 2, by update, or after presenting the edit token', async () => {
    const viewer = await raw(board.viewToken)
    expect(viewer.received.at(-1)?.scope).toBe('readonly')
    viewer.send(frames.syncStep2(board.id, strangerUpdate('via-step-2')))
    viewer.send(frames.update(board.id, strangerUpdate('via-update')))
    // A token sent later on the same connection does not change what it may do.
    viewer.send(frames.auth(board.id, board.editToken))
    viewer.send(frames.update(board.id, strangerUpdate('after-edit-token')))
    await settled(viewer)
    const statuses = viewer.received.filter((m) => m.type === MessageType.SyncStatus)
    expect(statuses.map((m) => m.applied)).toEqual([false, false, false])
    const items = readBoard(live()).items
    for (const id of ['via-step-2', 'via-update', 'after-edit-token']) {
      expect(items.has(id as never)).toBe(false)
    }
  })

  it('never lets a view connection appear as a participant, whatever its awareness claims', async () => {
    const viewer = await raw(board.viewToken, board.id, 'ada')
    viewer.send(
      frames.awareness(board.id, 991, 1, {
        user: { participantId: 'ada', name: 'Ada', role: 'lived-experience' },
        cursor: { x: 5, y: 5 },
      }),
    )
    await settled(viewer)
    a.provider.setAwarenessField('cursor', { x: 9, y: 9 })
    await waitFor(
      () => b.provider.awareness?.getStates().get(a.doc.clientID)?.cursor?.x === 9,
      5_000,
      "a's cursor to reach b",
    )
    expect(live().awareness.getStates().has(991)).toBe(false)
    expect(b.provider.awareness?.getStates().has(991)).toBe(false)
  })

  it('drops stateless messages from a view connection before any other extension sees them', async () => {
    const viewer = await raw(board.viewToken)
    viewer.send(frames.stateless(board.id, 'from-viewer'))
    await settled(viewer)
    a.provider.sendStateless('from-editor')
    await waitFor(() => statelessLog.payloads.includes('from-editor'), 5_000, 'the editor message')
    expect(statelessLog.payloads).not.toContain('from-viewer')
  })

  it("does not let an editor overwrite another connection's presence", async () => {
    b.provider.setAwarenessField('cursor', { x: 1, y: 1 })
    await waitFor(
      () => live().awareness.getStates().get(b.doc.clientID)?.cursor?.x === 1,
      5_000,
      "b's cursor on the server",
    )
    const forger = await raw(board.editToken, board.id, 'mallory')
    forger.send(
      frames.awareness(board.id, b.doc.clientID, 1_000_000, {
        user: { participantId: 'bo', name: 'Bo', role: 'provider' },
        cursor: { x: 666, y: 666 },
      }),
    )
    await settled(forger)
    await roundTrip(a, b)
    expect(live().awareness.getStates().get(b.doc.clientID)?.cursor?.x).toBe(1)
    expect(a.provider.awareness?.getStates().get(b.doc.clientID)?.cursor?.x).toBe(1)
  })

  it('rewrites the identity an editor claims from the participant id it connected with', async () => {
    const forger = await raw(board.editToken, board.id, 'mallory')
    forger.send(
      frames.awareness(board.id, 4242, 1, {
        user: { participantId: 'ada', name: 'Ada', role: 'facilitator' },
      }),
    )
    await waitFor(() => live().awareness.getStates().has(4242), 5_000, 'the presence')
    // mallory is on no roster: no name, no side, and not Ada.
    expect(live().awareness.getStates().get(4242)?.user).toEqual({
      participantId: 'mallory',
      name: '',
      role: '',
    })
  })

  // Documented in docs/guarantees.md: the edit link is the only credential. Anyone holding it
  // can connect under any participant id of that board and speak as that person. This test
  // pins that down, so that a change to it is a deliberate one.
  it('lets anyone with the edit link connect under any participant id of the board', async () => {
    const impostor = await raw(board.editToken, board.id, 'ada')
    impostor.send(frames.awareness(board.id, 5151, 1, { cursor: { x: 2, y: 2 } }))
    await waitFor(() => live().awareness.getStates().has(5151), 5_000, 'the presence')
    expect(live().awareness.getStates().get(5151)?.user).toMatchObject({ name: 'Ada' })
  })

  it("does not let a socket carry one board's token to another board", async () => {
    const hopper = await raw(board.editToken)
    expect(await hopper.authenticate(other.id, board.editToken)).toBe('denied: invalid-token')
    hopper.send(frames.update(other.id, strangerUpdate('hopped')))
    await settled(hopper)
    const viewer = await connectSynced({
      url: server.url,
      boardId: other.id,
      token: other.viewToken,
    })
    expect(readBoard(viewer.doc).items.has('hopped' as never)).toBe(false)
    viewer.destroy()
  })

  it('refuses websocket origins that only look like its own', async () => {
    const collab = `ws://127.0.0.1:${server.port}/collab`
    for (const origin of [
      `http://127.0.0.1:${server.port}.evil.example`,
      `http://127.0.0.1:${server.port}@evil.example`,
      `http://evil.example/?127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port + 1}`,
      `http://localhost:${server.port}`,
      'file://',
      '',
    ]) {
      expect(await tryUpgrade(collab, { Origin: origin }), origin).toBe(403)
    }
  })

  it('grants a foreign origin no CORS access to the API, and refuses a cross-site form post', async () => {
    const foreign = { origin: 'https://evil.example' }
    const preflight = await rawRequest(server.port, '/api/boards', {
      method: 'OPTIONS',
      headers: {
        ...foreign,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBeGreaterThanOrEqual(400)
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()

    // What a hostile page can send without a preflight: a "simple" text/plain post.
    const formPost = await rawRequest(server.port, '/api/boards', {
      method: 'POST',
      headers: { ...foreign, 'content-type': 'text/plain' },
      body: JSON.stringify({ title: 'Planted' }),
    })
    expect(formPost.status).toBe(415)
    expect(formPost.headers['access-control-allow-origin']).toBeUndefined()

    const exported = await rawRequest(server.port, `/api/boards/${board.id}/export.json`, {
      headers: { ...foreign, authorization: `Bearer ${board.viewToken}` },
    })
    expect(exported.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('keeps the board working for its editors throughout', async () => {
    const id = addNote(a.doc, { x: 0, y: 0, authorId: ada, role: 'lived-experience', text: 'ok' })
    await waitFor(() => readBoard(b.doc).items.has(id), 5_000, 'the note to reach b')
  })
})
