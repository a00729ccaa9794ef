import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MessageType } from '@hocuspocus/provider'
import {
  addNote,
  getBoardRoots,
  readBoard,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import {
  connectClient,
  connectSynced,
  waitFor,
  waitForAcked,
  type TestClient,
} from '../helpers/providers'
import { tryUpgrade } from '../helpers/rawSocket'
import { readStoredBoard } from '../helpers/storedBoard'

const editor = 'editor' as ParticipantId
const projector = 'projector' as ParticipantId

describe('access', () => {
  let server: TestServer
  let board: CreateBoardResponse
  const clients: TestClient[] = []
  const track = (client: TestClient) => {
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    server = await startServer()
    board = await createBoard(server.url, { title: 'Access' })
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.destroy()
  })

  /** Connects with `token` and waits until the server has refused it. */
  const refused = async (boardId: string, token: string | null) => {
    const client = track(connectClient({ url: server.url, boardId, token }))
    await waitFor(() => client.denied !== null, 10_000, 'the server to refuse')
    return client
  }

  /** Nothing of the board reached the client: no sync, no awareness, an empty document. */
  const expectNoBoardData = (client: TestClient) => {
    expect(client.received).not.toContain(MessageType.Sync)
    expect(client.received).not.toContain(MessageType.Awareness)
    expect(getBoardRoots(client.doc).meta.size).toBe(0)
    expect(client.provider.isAuthenticated).toBe(false)
  }

  it('refuses a wrong token before sending any board data', async () => {
    const client = await refused(board.id, 'not-the-token')
    expect(client.denied?.reason).toBe('invalid-token')
    expectNoBoardData(client)
  })

  it('refuses a missing token before sending any board data', async () => {
    const client = await refused(board.id, null)
    expect(client.denied?.reason).toBe('missing-token')
    expectNoBoardData(client)
  })

  it("refuses one board's token on another board", async () => {
    const other = await createBoard(server.url, { title: 'Other' })
    const client = await refused(other.id, board.editToken)
    expect(client.denied?.reason).toBe('invalid-token')
    expectNoBoardData(client)
  })

  it('refuses unknown and malformed board names alike', async () => {
    for (const name of [
      'NoSuchBoard123',
      'x',
      '../etc/passwd',
      "1' OR '1'='1",
      'a'.repeat(10_000),
    ]) {
      const client = await refused(name, board.editToken)
      expect(client.denied?.reason).toBe('unknown-board')
      expectNoBoardData(client)
    }
  })

  it('admits a view token read-only', async () => {
    const viewer = track(
      await connectSynced({ url: server.url, boardId: board.id, token: board.viewToken }),
    )
    expect(viewer.provider.authorizedScope).toBe('readonly')
    expect(readBoard(viewer.doc).meta.title).toBe('Access')
  })

  it('refuses a view token that tries to write', async () => {
    const a = track(
      await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.editToken,
        participantId: editor,
      }),
    )
    const viewer = track(
      await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.viewToken,
        participantId: projector,
      }),
    )
    const sneaky = addNote(viewer.doc, {
      x: 0,
      y: 0,
      authorId: projector,
      role: 'other',
      text: 'sneaky',
    })
    await waitFor(() => viewer.syncStatus.refused > 0, 10_000, 'the server to refuse the write')

    // A later edit reaches the viewer, so anything the viewer sent earlier has been handled.
    const honest = addNote(a.doc, { x: 0, y: 0, authorId: editor, role: 'provider' })
    await waitForAcked(a)
    await waitFor(
      () => readBoard(viewer.doc).items.has(honest),
      10_000,
      'the edit to reach the viewer',
    )

    expect(readBoard(a.doc).items.has(sneaky)).toBe(false)
    const live = server.server.hocuspocus.documents.get(board.id)
    expect(live && readBoard(live).items.has(sneaky)).toBe(false)
    // Nor did the store, read through a second SQLite connection.
    const stored = readStoredBoard(server.dataDir, board.id)!.board
    expect(stored.items.has(honest)).toBe(true)
    expect(stored.items.has(sneaky)).toBe(false)
  })

  it('never broadcasts the presence of a view connection', async () => {
    const a = track(
      await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.editToken,
        participantId: editor,
      }),
    )
    const viewer = track(
      await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.viewToken,
        participantId: projector,
      }),
    )
    viewer.provider.setAwarenessField('cursor', { x: 5, y: 5 })
    a.provider.setAwarenessField('cursor', { x: 7, y: 7 })
    // The viewer's awareness was sent before this write, and one connection is handled in order.
    const refusedBefore = viewer.syncStatus.refused
    addNote(viewer.doc, { x: 0, y: 0, authorId: projector, role: 'other' })
    await waitFor(
      () => viewer.syncStatus.refused > refusedBefore,
      10_000,
      'the write to be refused',
    )
    // Presence still flows from editors to the viewer…
    await waitFor(
      () => viewer.provider.awareness?.getStates().get(a.doc.clientID)?.cursor?.x === 7,
      10_000,
      "the editor's cursor to reach the viewer",
    )
    // …but never from the viewer to anyone.
    const live = server.server.hocuspocus.documents.get(board.id)!
    expect(live.awareness.getStates().has(viewer.doc.clientID)).toBe(false)
    expect(a.provider.awareness?.getStates().has(viewer.doc.clientID)).toBe(false)
  })
})

describe('websocket origin check', () => {
  let server: TestServer
  let collab: string

  beforeAll(async () => {
    server = await startServer()
    collab = `ws://127.0.0.1:${server.port}/collab`
  })
  afterAll(() => server.destroy())

  it('refuses a foreign Origin', async () => {
    expect(await tryUpgrade(collab, { Origin: 'https://evil.example' })).toBe(403)
    expect(await tryUpgrade(collab, { Origin: 'null' })).toBe(403)
  })

  it('accepts the same origin and clients that send none', async () => {
    expect(await tryUpgrade(collab, { Origin: server.url })).toBe(101)
    expect(await tryUpgrade(collab)).toBe(101)
  })

  it('answers 404 for any other path', async () => {
    expect(await tryUpgrade(`ws://127.0.0.1:${server.port}/socket`)).toBe(404)
    expect(await tryUpgrade(`ws://127.0.0.1:${server.port}/collab/extra`)).toBe(404)
  })

  it('accepts exactly the configured origins when ALLOWED_ORIGINS is set', async () => {
    const configured = await startServer({ allowedOrigins: ['https://board.example'] })
    const url = `ws://127.0.0.1:${configured.port}/collab`
    expect(await tryUpgrade(url, { Origin: 'https://board.example' })).toBe(101)
    expect(await tryUpgrade(url, { Origin: 'https://evil.example' })).toBe(403)
    await configured.destroy()
  })
})
