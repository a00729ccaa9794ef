import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  addNote,
  editText,
  getBoardRoots,
  readBoard,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import type { ServerOptions } from '../../server/src/createServer'
import { createBoard } from '../helpers/api'
import {
  connectClient,
  connectSynced,
  waitFor,
  waitForAcked,
  type TestClient,
} from '../helpers/providers'
import { readStoredBoard } from '../helpers/storedBoard'
import { FlakyStore } from '../helpers/flakyStore'
import { noteText } from '../helpers/notes'
import { SqliteBoardStore } from '../../server/src/storage/SqliteBoardStore'

const ada = 'ada' as ParticipantId
const quickCompaction = { debounceMs: 20, maxDebounceMs: 100 }

describe('persistence', () => {
  const servers: TestServer[] = []
  const clients: TestClient[] = []
  const start = async (...args: Parameters<typeof startServer>) => {
    const server = await startServer(...args)
    servers.push(server)
    return server
  }
  const connect = async (server: TestServer, boardId: string, token: string) => {
    const client = await connectSynced({ url: server.url, boardId, token, participantId: ada })
    clients.push(client)
    return client
  }

  /** A server whose store is real SQLite with faults to inject, and a board on it. */
  const startFlaky = async (options: ServerOptions = {}, title?: string) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-test-'))
    const store = new FlakyStore(SqliteBoardStore.open(dataDir))
    const server = await start({ dataDir, store, ...options })
    const board = await createBoard(server.url, title === undefined ? undefined : { title })
    return { dataDir, store, server, board }
  }
  /** Connects again a client the server closed, as a browser does, and waits for the resync. */
  const reconnect = async (client: TestClient) => {
    void client.socket.connect()
    await waitFor(
      () => client.provider.synced && client.socket.status === 'connected',
      5_000,
      'resync',
    )
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.destroy()
  })

  it('has every acknowledged edit in SQLite before any compaction or shutdown', async () => {
    const server = await start()
    const board = await createBoard(server.url)
    const client = await connect(server, board.id, board.editToken)
    for (let i = 0; i < 15; i++) {
      const id = addNote(client.doc, { x: i, y: i, authorId: ada, role: 'provider', text: `n${i}` })
      await waitForAcked(client)
      // Read at once through a second SQLite connection: no graceful close, no waiting.
      const stored = readStoredBoard(server.dataDir, board.id)!
      expect(noteText(stored.board, id)).toBe(`n${i}`)
      expect(stored.logRows).toBeGreaterThan(0)
    }
  })

  it('keeps a note across a restart, compacted into the snapshot', async () => {
    const first = await start()
    const board = await createBoard(first.url, { title: 'Restart' })
    const before = await connect(first, board.id, board.editToken)
    const id = addNote(before.doc, { x: 1, y: 2, authorId: ada, role: 'provider', text: 'kept' })
    await waitForAcked(before)

    const second = await first.restart()
    servers.push(second)
    expect(readStoredBoard(second.dataDir, board.id)?.logRows).toBe(0)
    const after = await connect(second, board.id, board.editToken)
    expect(readBoard(after.doc).items.get(id)).toMatchObject({ text: 'kept', x: 1, y: 2 })
    expect(readBoard(after.doc).meta.title).toBe('Restart')
  })

  it('compacts the log into the snapshot in the background', async () => {
    const server = await start({ compaction: quickCompaction })
    const board = await createBoard(server.url)
    const client = await connect(server, board.id, board.editToken)
    const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider' })
    for (const text of ['a', 'ab', 'abc']) editText(client.doc, id, 'text', text)
    await waitForAcked(client)
    await waitFor(
      () => readStoredBoard(server.dataDir, board.id)?.logRows === 0,
      10_000,
      'the log to be compacted',
    )
    expect(noteText(readStoredBoard(server.dataDir, board.id)!.board, id)).toBe('abc')
  })

  it('keeps a board loaded while its store fails, and writes it once storage recovers', async () => {
    const { dataDir, store, server, board } = await startFlaky({ compaction: quickCompaction })
    const client = await connect(server, board.id, board.editToken)

    store.failCompactions = 2
    // Hocuspocus reports a failed store on the console itself; keep the test output readable.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider' })
    await waitForAcked(client)
    client.destroy()
    await waitFor(() => store.compactAttempts >= 1, 10_000, 'the first compaction attempt')
    // Failed and nobody connected: Hocuspocus would unload it, but the board stays in memory.
    expect(server.server.hocuspocus.documents.has(board.id)).toBe(true)

    await waitFor(() => store.compactAttempts >= 3, 10_000, 'the retries')
    await waitFor(() => !server.server.hocuspocus.documents.has(board.id), 10_000, 'the unload')
    const stored = readStoredBoard(dataDir, board.id)!
    expect(stored.logRows).toBe(0)
    expect(stored.board.items.has(id)).toBe(true)
    expect(consoleError).toHaveBeenCalled()
    consoleError.mockRestore()
  })

  it('shows an edit to everyone at once but tells its author it is saved only once it is on disk', async () => {
    const { dataDir, store, server, board } = await startFlaky()
    const author = await connect(server, board.id, board.editToken)
    const other = await connect(server, board.id, board.editToken)

    let syncDisk = () => {}
    store.appendsSettle = new Promise((resolve) => (syncDisk = resolve))
    const id = addNote(author.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'mine' })
    await waitFor(() => noteText(readBoard(other.doc), id) === 'mine', 5_000, 'the other to see it')
    // The server sends the author's ack in the turn it applies the edit, before it relays the
    // other's reply; so once the reply has arrived, an ack not held back would have too.
    const reply = addNote(other.doc, { x: 9, y: 9, authorId: ada, role: 'user', text: 'seen' })
    await waitFor(() => noteText(readBoard(author.doc), reply) === 'seen', 5_000, 'the reply')
    expect(author.provider.unsyncedChanges).toBeGreaterThan(0)

    store.appendsSettle = null
    syncDisk()
    await waitForAcked(author)
    expect(noteText(readStoredBoard(dataDir, board.id)!.board, id)).toBe('mine')
  })

  it('writes the whole board when appending an update fails', async () => {
    const { dataDir, store, server, board } = await startFlaky()
    const client = await connect(server, board.id, board.editToken)

    store.failAppends = 1
    const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'saved' })
    await waitFor(
      () => noteText(readStoredBoard(dataDir, board.id)!.board, id) === 'saved',
      10_000,
      'the retry to write the board',
    )
  })

  it('tells a client resending an unsaved edit that it is saved only once the board is written again', async () => {
    const { dataDir, store, server, board } = await startFlaky()
    const author = await connect(server, board.id, board.editToken)

    store.failAppends = 1
    store.failCompactions = 1_000
    const id = addNote(author.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'kept' })
    await waitFor(() => author.socket.status === 'disconnected', 5_000, 'the failed write to close')
    expect(author.provider.unsyncedChanges).toBeGreaterThan(0)

    // Reconnecting resends the note, which the server already holds in memory: applying it
    // changes nothing, so only the board being failing can hold its ack back.
    const acked = author.syncStatus.applied
    await reconnect(author)
    const attempts = store.compactAttempts
    await waitFor(() => store.compactAttempts > attempts, 10_000, 'another failed rewrite')
    expect(author.syncStatus.applied).toBe(acked)
    expect(author.provider.unsyncedChanges).toBeGreaterThan(0)

    store.failCompactions = 0
    await waitForAcked(author)
    expect(noteText(readStoredBoard(dataDir, board.id)!.board, id)).toBe('kept')
  })

  it('does not call a board saved by a rewrite that began before one of its appends failed', async () => {
    const { dataDir, store, server, board } = await startFlaky({ compaction: quickCompaction })
    const author = await connect(server, board.id, board.editToken)
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})

    // A rewrite takes its snapshot, then waits on a slow disk.
    let finishRewrite = () => {}
    store.compactionsWait = new Promise((resolve) => (finishRewrite = resolve))
    const started = store.compactAttempts
    addNote(author.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'first' })
    await waitForAcked(author)
    await waitFor(() => store.compactAttempts > started, 5_000, 'the rewrite to start')

    // Meanwhile an append fails, and its author resends the note on reconnecting.
    store.failAppends = 1
    const late = addNote(author.doc, { x: 9, y: 9, authorId: ada, role: 'provider', text: 'late' })
    await waitFor(() => author.socket.status === 'disconnected', 5_000, 'the failed write to close')
    const acked = author.syncStatus.applied
    await reconnect(author)

    // The slow rewrite lands without the late note; the next ones fail for now.
    store.failCompactions = 1_000
    store.compactionsWait = null
    finishRewrite()
    const attempts = store.compactAttempts
    await waitFor(() => store.compactAttempts > attempts, 10_000, 'the retry')
    expect(noteText(readStoredBoard(dataDir, board.id)!.board, late)).toBeUndefined()
    expect(author.syncStatus.applied).toBe(acked)

    store.failCompactions = 0
    await waitForAcked(author)
    expect(noteText(readStoredBoard(dataDir, board.id)!.board, late)).toBe('late')
    consoleError.mockRestore()
  })

  it('refuses a board it cannot load, and serves it once storage is back', async () => {
    const { store, server, board } = await startFlaky({}, 'Comes back')
    store.failLoads = 1
    // Hocuspocus prints the failed load itself; keep the test output readable.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const refused = connectClient({ url: server.url, boardId: board.id, token: board.editToken })
    clients.push(refused)
    await waitFor(() => refused.denied !== null, 10_000, 'the refusal')
    expect(getBoardRoots(refused.doc).meta.size).toBe(0)
    consoleError.mockRestore()

    const client = await connect(server, board.id, board.editToken)
    expect(readBoard(client.doc).meta.title).toBe('Comes back')
  })

  it('skips a damaged log row instead of refusing the board', async () => {
    const server = await start()
    const board = await createBoard(server.url, { title: 'Damaged' })
    const writer = new Database(path.join(server.dataDir, 'coboard.sqlite'))
    writer
      .prepare('INSERT INTO board_updates (board_id, "update") VALUES (?, ?)')
      .run(board.id, Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]))
    writer.close()

    const client = await connect(server, board.id, board.editToken)
    expect(readBoard(client.doc).meta.title).toBe('Damaged')
    const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider' })
    await waitForAcked(client)
    expect(readStoredBoard(server.dataDir, board.id)?.board.items.has(id)).toBe(true)
  })

  it('closes the connections of a board deleted while in use, and refuses it afterwards', async () => {
    const server = await start({ compaction: quickCompaction })
    const board = await createBoard(server.url)
    const client = await connect(server, board.id, board.editToken)
    await server.server.store.deleteBoard(board.id)

    addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider' })
    await waitFor(() => !server.server.hocuspocus.documents.has(board.id), 10_000, 'the unload')
    expect(readStoredBoard(server.dataDir, board.id)).toBeNull()
    const again = connectClient({ url: server.url, boardId: board.id, token: board.editToken })
    clients.push(again)
    await waitFor(() => again.denied !== null, 10_000, 'the server to refuse')
    expect(again.denied?.reason).toBe('unknown-board')
  })

  it('closes cleanly twice and leaves a store that reopens', async () => {
    const server = await start()
    const board = await createBoard(server.url)
    const client = await connect(server, board.id, board.editToken)
    const ids: ItemId[] = []
    for (let i = 0; i < 5; i++)
      ids.push(addNote(client.doc, { x: i, y: 0, authorId: ada, role: 'provider' }))
    await waitForAcked(client)
    await Promise.all([server.close(), server.close()])
    const reopened = SqliteBoardStore.open(server.dataDir)
    expect((await reopened.loadUpdates(board.id)).length).toBe(1)
    await reopened.close()
    await rm(server.dataDir, { recursive: true, force: true })
  })
})
