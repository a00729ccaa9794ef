import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MessageType } from '@hocuspocus/server'
import {
  addNote,
  BoardReloaded,
  getBoardRoots,
  readBoard,
  UpdateTooLarge,
  type CloseCode,
  type CreateBoardResponse,
  type ParticipantId,
} from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { useServerPerTest } from '../helpers/serverPerTest'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { frames, openRawCollab, type RawCollab } from '../helpers/rawCollab'
import { nextClose, roundTrip } from '../helpers/roundTrip'
import { FAULT_KEY, FaultyObserver } from '../helpers/faultyObserver'
import { connectReconnecting } from '../helpers/reconnectingClient'
import { readStoredBoard } from '../helpers/storedBoard'
import { createTestSchema, findServices, type TestSchema } from '../helpers/services'
import { deletedMapChain, nestedMapChain, noteWithXmlText } from '../helpers/nestedTypes'

// One well-formed update that nests shared types thousands deep used to break a board for good:
// the repair's delete overflowed the stack inside Yjs's transaction cleanup, the update was
// acknowledged anyway, and the document never emitted another update (later edits were
// acknowledged but neither broadcast nor stored). A note whose text was a Y.XmlText full of
// nested elements made every export answer 500. Each is sent here through a real socket, while
// two people go on editing the same board.

const EXPORTS = ['export.json', 'export.md', 'export.csv', 'export.svg', 'export.html']

describe('document integrity', () => {
  const live = useServerPerTest()
  let board: CreateBoardResponse
  let a: TestClient
  let b: TestClient
  const raws: RawCollab[] = []

  const connect = (participantId: string) => live.connect(board.id, board.editToken, participantId)

  const rawEditor = async () => {
    const raw = await openRawCollab(live.url)
    raws.push(raw)
    expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
    return raw
  }

  /** How the raw socket was closed, or 'still open' if the server kept it past `ms`. */
  const closedWithin = (raw: RawCollab, ms = 3_000) =>
    Promise.race([
      raw.closed,
      new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms)),
    ])

  const expectRefused = async (raw: RawCollab, code: CloseCode) => {
    expect(await closedWithin(raw)).toEqual({ code: code.code, reason: code.reason })
    const acks = raw.received.filter((frame) => frame.type === MessageType.SyncStatus)
    expect(acks.filter((ack) => ack.applied)).toEqual([])
  }

  /** Another person's edit is broadcast, acknowledged and on disk. */
  const expectBoardStillWorks = async () => {
    await roundTrip(a, b)
    await roundTrip(b, a)
    const id = addNote(a.doc, {
      x: 10,
      y: 10,
      authorId: 'ada' as ParticipantId,
      role: 'provider',
      text: 'after the attack',
    })
    await waitFor(() => readBoard(b.doc).items.has(id), 2_000, 'the edit to reach b')
    await waitForAcked(a)
    expect(readStoredBoard(live.server.dataDir, board.id)?.board.items.has(id)).toBe(true)
    return id
  }

  const expectExportsAnswer = async (status: number) => {
    for (const file of EXPORTS) {
      const response = await fetch(`${live.url}/api/boards/${board.id}/${file}`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      })
      await response.arrayBuffer()
      expect({ file, status: response.status }).toEqual({ file, status })
    }
  }

  // After the helper's beforeEach has started the server; this afterEach runs before its own.
  beforeEach(async () => {
    board = await createBoard(live.url, { title: 'Integrity' })
    a = await connect('ada')
    b = await connect('bo')
  })
  afterEach(async () => {
    await Promise.all(
      raws.splice(0).map((raw) => {
        raw.close()
        return raw.closed
      }),
    )
  })

  it('refuses a chain of 4,000 nested maps, acknowledges none of it, and keeps storing edits', async () => {
    const raw = await rawEditor()
    raw.send(frames.update(board.id, nestedMapChain(4_000)))
    await expectRefused(raw, UpdateTooLarge)
    const id = await expectBoardStillWorks()
    expect(readBoard(a.doc).items.has('deep' as never)).toBe(false)
    await expectExportsAnswer(200)

    // A restart finds the board and the edit made after the attack.
    await live.restart()
    const c = await connect('cy')
    expect(readBoard(c.doc).items.has(id)).toBe(true)
  })

  it('refuses a note whose text is an XML text holding 3,000 nested elements', async () => {
    const raw = await rawEditor()
    raw.send(frames.update(board.id, noteWithXmlText(3_000)))
    await expectRefused(raw, UpdateTooLarge)
    await expectBoardStillWorks()
    expect(readBoard(a.doc).items.has('xml-note' as never)).toBe(false)
    await expectExportsAnswer(200)
  })

  it('refuses XML types even when they are shallow', async () => {
    const raw = await rawEditor()
    raw.send(frames.update(board.id, noteWithXmlText(1)))
    await expectRefused(raw, UpdateTooLarge)
    await expectBoardStillWorks()
  })
})

/** One note, as an update made on a device of its own. */
function noteUpdate(text: string) {
  const doc = new Y.Doc()
  const id = addNote(doc, { x: 0, y: 0, authorId: 'ada' as ParticipantId, role: 'provider', text })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return { id, update }
}

describe('a stored board that already holds hostile structures', () => {
  const live = useServerPerTest()

  const metric = async (name: string) => {
    const text = await (await fetch(`${live.url}/metrics`)).text()
    return text
      .split('\n')
      .filter((line) => line.startsWith(name))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0)
  }

  /** Writes `rows` into a new board's log behind the server's back, before anyone opens it. */
  const storeBehindTheServersBack = async (rows: Uint8Array[]) => {
    const board = await createBoard(live.url, { title: 'Stored' })
    for (const row of rows) await live.server.server.store.appendUpdate(board.id, row)
    return board
  }

  const open = (board: CreateBoardResponse, participantId: string) =>
    live.connect(board.id, board.editToken, participantId)

  it('opens a board whose log holds a 4,000-deep chain and an XML note, repaired away', async () => {
    const board = await storeBehindTheServersBack([nestedMapChain(4_000), noteWithXmlText(3_000)])
    // Exported before anyone opens it: read from the store, not from a loaded board.
    for (const file of EXPORTS) {
      const response = await fetch(`${live.url}/api/boards/${board.id}/${file}`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      })
      await response.arrayBuffer()
      expect({ file, status: response.status }).toEqual({ file, status: 200 })
    }
    const a = await open(board, 'ada')
    const b = await open(board, 'bo')
    // The chain (no kind) is gone; the note stays, its XML text taken away.
    const items = readBoard(a.doc).items
    expect([...items.keys()]).toEqual(['xml-note'])
    expect(items.get('xml-note' as never)).toMatchObject({ kind: 'note', text: '' })
    await roundTrip(a, b)
    await waitForAcked(b)
    const exported = await fetch(`${live.url}/api/boards/${board.id}/export.json`, {
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(exported.status).toBe(200)
  })

  it('opens from its last good state when a stored row breaks the document, and counts it', async () => {
    const before = await metric('coboard_board_repair_failures_total')
    const kept = noteUpdate('written before the broken row')
    const later = noteUpdate('written after it')
    const board = await storeBehindTheServersBack([
      kept.update,
      deletedMapChain(4_000),
      later.update,
    ])
    const a = await open(board, 'ada')
    const b = await open(board, 'bo')
    expect([...readBoard(a.doc).items.keys()].sort()).toEqual([kept.id, later.id].sort())
    await roundTrip(a, b)
    await waitForAcked(b)
    expect(await metric('coboard_board_repair_failures_total')).toBeGreaterThan(before)
  })
})

describe('an update whose application breaks the document', () => {
  let server: TestServer
  let board: CreateBoardResponse
  const clients: TestClient[] = []

  const open = async (participantId: string) => {
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: participantId as ParticipantId,
    })
    clients.push(client)
    return client
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.destroy()
  })

  it.each([
    ['left its cleanup undone (nothing of it stored)', 'afterTransactionCleanup', false],
    ['threw after Yjs had stored it', 'afterTransaction', true],
  ] as const)(
    'that %s is not acknowledged: the board reloads and keeps storing edits',
    async (_name, event, keptInStore) => {
      server = await startServer({ extensions: [new FaultyObserver(event)] })
      board = await createBoard(server.url, { title: 'Faults' })
      // A browser's provider, which reconnects by itself.
      const a = connectReconnecting({
        url: server.url,
        boardId: board.id,
        token: board.editToken,
        participantId: 'ada',
      })
      clients.push(a)
      await waitFor(() => a.provider.synced, 10_000, 'a to sync')
      const aClosed = nextClose(a)
      const raw = await openRawCollab(server.url)
      expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
      const doc = new Y.Doc()
      getBoardRoots(doc).meta.set(FAULT_KEY, true)
      raw.send(frames.update(board.id, Y.encodeStateAsUpdate(doc)))
      doc.destroy()

      const closed = await Promise.race([
        raw.closed,
        new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 3_000)),
      ])
      expect(closed).toEqual({ code: BoardReloaded.code, reason: BoardReloaded.reason })
      expect(raw.received.filter((frame) => frame.type === MessageType.SyncStatus)).toEqual([])
      // Everyone on the board is sent away, to come back to the reloaded board.
      expect((await aClosed).code).toBe(BoardReloaded.code)

      const b = await open('bo')
      const c = await open('cy')
      expect(getBoardRoots(b.doc).meta.has(FAULT_KEY)).toBe(keptInStore)
      await roundTrip(b, c)
      await roundTrip(c, b)
      // The one sent away came back by itself to the reloaded board.
      await roundTrip(a, b, 10_000)
      await waitForAcked(b)
      await waitForAcked(c)
      const stored = readStoredBoard(server.dataDir, board.id)
      expect(stored?.board.items.size).toBe(3)
      const metrics = await (await fetch(`${server.url}/metrics`)).text()
      expect(metrics).toContain('coboard_board_repair_failures_total{stage="update"} 1')
    },
  )
})

const services = await findServices({ postgres: true })

describe.skipIf(!services.available)(
  services.title('with PostgreSQL, where updates are logged before they are applied'),
  () => {
    let schema: TestSchema
    let server: TestServer
    const clients: TestClient[] = []

    beforeEach(async () => {
      schema = await createTestSchema(services.postgresUrl)
      server = await startServer({ databaseUrl: schema.url })
    })
    afterEach(async () => {
      for (const client of clients.splice(0)) client.destroy()
      await server?.destroy()
      await schema?.drop()
    })

    it('a refused update never reaches the log', async () => {
      const board = await createBoard(server.url, { title: 'Logged first' })
      const a = await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.editToken,
        participantId: 'ada',
      })
      clients.push(a)
      const raw = await openRawCollab(server.url)
      expect(await raw.authenticate(board.id, board.editToken)).toBe('read-write')
      raw.send(frames.update(board.id, nestedMapChain(4_000)))
      expect((await raw.closed).code).toBe(UpdateTooLarge.code)
      addNote(a.doc, { x: 0, y: 0, authorId: 'ada' as ParticipantId, role: 'provider', text: 'ok' })
      await waitForAcked(a)

      // Straight from the rows, without the server's repair.
      const doc = new Y.Doc()
      for (const row of await server.server.store.loadUpdates(board.id)) Y.applyUpdate(doc, row)
      expect(getBoardRoots(doc).items.has('deep')).toBe(false)
      expect(getBoardRoots(doc).items.size).toBe(1)
      doc.destroy()
    })
  },
)
