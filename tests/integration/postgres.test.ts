import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { addNote, readBoard, type ParticipantId } from '@coboard/shared'
import { PostgresBoardStore } from '../../server/src/storage/PostgresBoardStore'
import { applyStoredUpdates } from '../../server/src/storage/applyStoredUpdates'
import type { BoardRecord, JoinCodeRecord } from '../../server/src/storage/BoardStore'
import { PG_SCHEMA_VERSION } from '../../server/src/storage/postgresMigrations'
import { createLogger } from '../../server/src/logger'
import { createTestSchema, findServices, withClient, type TestSchema } from '../helpers/services'
import { startServer, type TestServer } from '../helpers/server'
import { spawnServer } from '../helpers/spawnServer'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { readPostgresBoard } from '../helpers/postgresBoard'
import { FlakyStore } from '../helpers/flakyStore'
import { noteText } from '../helpers/notes'

// PostgreSQL storage against a real database: the BoardStore contract, compaction next to another
// instance's appends, and "durable on ack" through a real server. Each run works in a schema of
// its own, dropped at the end.

const services = await findServices({ postgres: true })
const silent = createLogger('silent')
const ada = 'ada' as ParticipantId

/** Test documents keep their entries in one map. */
const ENTRIES = 'entries'

const record = (id: string): BoardRecord => ({
  id,
  title: 'Board',
  editTokenHash: new Uint8Array([1, 2, 3]),
  viewTokenHash: new Uint8Array([4, 5, 6]),
  createdAt: 1_700_000_000_000,
})

const joinCode = (boardId: string, hash = 7): JoinCodeRecord => ({
  codeHash: new Uint8Array([hash, hash]),
  boardId,
  sealedToken: new Uint8Array([1, 1, 2, 3, 5, 8]),
  createdAt: 1_700_000_000_000,
})

/** A Yjs update that sets `key` to `value`, as a client with its own document would send it. */
function entryUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap(ENTRIES).set(key, value)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** The entries a board's stored rows add up to. */
function entriesOf(updates: readonly Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc()
  applyStoredUpdates(doc, updates)
  const entries = doc.getMap(ENTRIES).toJSON()
  doc.destroy()
  return entries
}

describe.skipIf(!services.available)(services.title('PostgreSQL storage'), () => {
  let schema: TestSchema
  beforeAll(async () => {
    schema = await createTestSchema(services.postgresUrl)
  })
  afterAll(async () => {
    await schema?.drop()
  })

  describe('PostgresBoardStore', () => {
    const stores: PostgresBoardStore[] = []
    const open = (connectionString = schema.url) => {
      const store = new PostgresBoardStore({ connectionString, log: silent, poolSize: 4 })
      stores.push(store)
      return store
    }
    let store: PostgresBoardStore
    beforeEach(() => {
      store = open()
    })
    afterEach(async () => {
      for (const opened of stores.splice(0)) await opened.close()
    })

    it('round-trips a board and refuses a taken id', async () => {
      await store.createBoard(record('pg-round-trip'), entryUpdate('a', '1'))
      const found = await store.findBoard('pg-round-trip')
      expect(found).toMatchObject({
        id: 'pg-round-trip',
        title: 'Board',
        createdAt: 1_700_000_000_000,
      })
      expect([...found!.editTokenHash]).toEqual([1, 2, 3])
      expect([...found!.viewTokenHash]).toEqual([4, 5, 6])
      expect(await store.findBoard('pg-no-such-board')).toBeNull()
      await expect(
        store.createBoard(record('pg-round-trip'), entryUpdate('a', '1')),
      ).rejects.toThrow()
    })

    it('loads the snapshot first, then the log in order', async () => {
      const snapshot = entryUpdate('a', '0')
      const first = entryUpdate('b', '1')
      const second = entryUpdate('c', '2')
      await store.createBoard(record('pg-order'), snapshot)
      expect(await store.appendUpdate('pg-order', first)).toBe(true)
      expect(await store.appendUpdate('pg-order', second)).toBe(true)
      const loaded = await store.loadUpdates('pg-order')
      expect(loaded.map((update) => [...update])).toEqual([[...snapshot], [...first], [...second]])
    })

    it('compacts: new snapshot, empty log, other boards untouched', async () => {
      await store.createBoard(record('pg-compact-one'), entryUpdate('a', '0'))
      await store.createBoard(record('pg-compact-two'), entryUpdate('z', '0'))
      const appended = entryUpdate('b', '1')
      await store.appendUpdate('pg-compact-one', appended)
      await store.appendUpdate('pg-compact-two', entryUpdate('y', '1'))

      const doc = new Y.Doc()
      applyStoredUpdates(doc, await store.loadUpdates('pg-compact-one'))
      doc.getMap(ENTRIES).set('c', '2')
      expect(await store.compact('pg-compact-one', Y.encodeStateAsUpdate(doc))).toBe(true)

      const one = await store.loadUpdates('pg-compact-one')
      expect(one).toHaveLength(1)
      expect(entriesOf(one)).toEqual({ a: '0', b: '1', c: '2' })
      expect(await store.loadUpdates('pg-compact-two')).toHaveLength(2)
    })

    it('keeps what another instance stored while this one compacts a stale document', async () => {
      const other = open()
      await store.createBoard(record('pg-two-instances'), entryUpdate('a', '0'))
      // This instance's document has the snapshot only; the other instance's client adds `b`
      // and the other instance compacts it away from the log, then its client adds `c`.
      const stale = new Y.Doc()
      applyStoredUpdates(stale, await store.loadUpdates('pg-two-instances'))
      await other.appendUpdate('pg-two-instances', entryUpdate('b', '1'))
      const otherDoc = new Y.Doc()
      applyStoredUpdates(otherDoc, await other.loadUpdates('pg-two-instances'))
      expect(await other.compact('pg-two-instances', Y.encodeStateAsUpdate(otherDoc))).toBe(true)
      await other.appendUpdate('pg-two-instances', entryUpdate('c', '2'))

      stale.getMap(ENTRIES).set('d', '3')
      expect(await store.compact('pg-two-instances', Y.encodeStateAsUpdate(stale))).toBe(true)
      const stored = await store.loadUpdates('pg-two-instances')
      expect(stored).toHaveLength(1)
      expect(entriesOf(stored)).toEqual({ a: '0', b: '1', c: '2', d: '3' })
    })

    it('loses no append that races with compactions on two instances', async () => {
      const other = open()
      await store.createBoard(record('pg-race'), entryUpdate('start', '0'))
      const empty = Y.encodeStateAsUpdate(new Y.Doc())
      const keys = Array.from({ length: 40 }, (_, i) => `k${i}`)
      await Promise.all([
        ...keys.map((key, i) =>
          (i % 2 ? store : other).appendUpdate('pg-race', entryUpdate(key, key)),
        ),
        ...Array.from({ length: 6 }, (_, i) => (i % 2 ? store : other).compact('pg-race', empty)),
      ])
      const entries = entriesOf(await store.loadUpdates('pg-race'))
      for (const key of keys) expect(entries[key]).toBe(key)
      expect(entries.start).toBe('0')
    })

    it('treats a deleted board as gone rather than as a failure', async () => {
      await store.createBoard(record('pg-deleted'), entryUpdate('a', '0'))
      await store.appendUpdate('pg-deleted', entryUpdate('b', '1'))
      expect(await store.deleteBoard('pg-deleted')).toBe(true)
      expect(await store.deleteBoard('pg-deleted')).toBe(false)
      expect(await store.loadUpdates('pg-deleted')).toEqual([])
      expect(await store.appendUpdate('pg-deleted', entryUpdate('c', '2'))).toBe(false)
      expect(await store.compact('pg-deleted', entryUpdate('d', '3'))).toBe(false)
    })

    it('keeps a join code for its board only, and drops it with the board', async () => {
      await store.createBoard(record('pg-join-one'), entryUpdate('a', '1'))
      await store.createBoard(record('pg-join-two'), entryUpdate('a', '1'))
      expect(await store.saveJoinCode(joinCode('pg-join-one'))).toBe('saved')
      const again = { ...joinCode('pg-join-one'), sealedToken: new Uint8Array([0]) }
      expect(await store.saveJoinCode(again)).toBe('saved')
      expect(await store.saveJoinCode(joinCode('pg-join-two'))).toBe('taken')
      expect(await store.saveJoinCode(joinCode('pg-no-such-board', 8))).toBe('no-board')
      expect(await store.findJoinCode(new Uint8Array([8, 8]))).toBeNull()

      const found = await store.findJoinCode(new Uint8Array([7, 7]))
      expect(found).toMatchObject({ boardId: 'pg-join-one', createdAt: 1_700_000_000_000 })
      expect([...found!.sealedToken]).toEqual([1, 1, 2, 3, 5, 8])

      // Two instances saving the same code at once: one row, both told it is theirs.
      const other = open()
      const same = joinCode('pg-join-two', 9)
      expect(await Promise.all([store.saveJoinCode(same), other.saveJoinCode(same)])).toEqual([
        'saved',
        'saved',
      ])

      expect(await store.deleteBoard('pg-join-one')).toBe(true)
      expect(await store.findJoinCode(new Uint8Array([7, 7]))).toBeNull()
      expect(await store.saveJoinCode(joinCode('pg-join-two'))).toBe('saved')
    })

    it('migrates a fresh schema once when instances start together, and reports readiness', async () => {
      const fresh = await createTestSchema(services.postgresUrl)
      try {
        const instances = [open(fresh.url), open(fresh.url), open(fresh.url)]
        expect(await Promise.all(instances.map((instance) => instance.isReady()))).toEqual([
          true,
          true,
          true,
        ])
        const versions = await withClient(fresh.url, (client) =>
          client.query('SELECT version FROM coboard_schema_migrations ORDER BY version'),
        )
        expect(versions.rows).toEqual(
          Array.from({ length: PG_SCHEMA_VERSION }, (_, index) => ({ version: index + 1 })),
        )
        await instances[0].close()
        await instances[0].close()
        expect(await instances[0].isReady()).toBe(false)
        await expect(instances[0].findBoard('pg-anything')).rejects.toThrow()
      } finally {
        for (const opened of stores.splice(0)) await opened.close()
        await fresh.drop()
      }
    })

    it('is not ready while the database is unreachable', async () => {
      const unreachable = new URL(schema.url)
      unreachable.port = '1'
      expect(await open(unreachable.toString()).isReady()).toBe(false)
    })
  })

  describe('a server storing boards in PostgreSQL', () => {
    const servers: TestServer[] = []
    const clients: TestClient[] = []
    const cleanup: (() => Promise<unknown>)[] = []
    const start = async (options: Parameters<typeof startServer>[0] = {}) => {
      const server = await startServer({ databaseUrl: schema.url, ...options })
      servers.push(server)
      return server
    }
    const connect = async (url: string, boardId: string, token: string) => {
      const client = await connectSynced({ url, boardId, token, participantId: ada })
      clients.push(client)
      return client
    }
    afterEach(async () => {
      for (const client of clients.splice(0)) client.destroy()
      for (const server of servers.splice(0)) await server.destroy()
      for (const step of cleanup.splice(0).reverse()) await step()
    })

    it('has every acknowledged edit in PostgreSQL before any compaction', async () => {
      const server = await start()
      const board = await createBoard(server.url)
      const client = await connect(server.url, board.id, board.editToken)
      // A client with nothing new answers the sync with an empty update, which is not logged.
      expect((await readPostgresBoard(schema.url, board.id))?.logRows).toBe(0)
      for (let i = 0; i < 10; i++) {
        const id = addNote(client.doc, {
          x: i,
          y: i,
          authorId: ada,
          role: 'provider',
          text: `n${i}`,
        })
        await waitForAcked(client)
        // Read at once through a connection of its own: no shutdown, no compaction, no waiting.
        const stored = await readPostgresBoard(schema.url, board.id)
        expect(noteText(stored!.board, id)).toBe(`n${i}`)
        expect(stored!.logRows).toBeGreaterThan(0)
      }
    })

    it('keeps a note across a restart, compacted into the snapshot', async () => {
      const first = await start()
      const board = await createBoard(first.url, { title: 'Restart' })
      const before = await connect(first.url, board.id, board.editToken)
      const id = addNote(before.doc, { x: 1, y: 2, authorId: ada, role: 'provider', text: 'kept' })
      await waitForAcked(before)

      const second = await first.restart()
      servers.push(second)
      expect((await readPostgresBoard(schema.url, board.id))?.logRows).toBe(0)
      const after = await connect(second.url, board.id, board.editToken)
      expect(readBoard(after.doc).items.get(id)).toMatchObject({ text: 'kept', x: 1, y: 2 })
      expect(readBoard(after.doc).meta.title).toBe('Restart')
    })

    it('loses no acknowledged edit when the process is killed outright', async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-pg-'))
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
      const main = await spawnServer({
        DATABASE_URL: schema.url,
        DATA_DIR: dataDir,
        CLIENT_DIR: path.join(dataDir, 'no-client'),
      })
      cleanup.push(() => main.kill())
      const board = await createBoard(main.url)
      const writer = await connect(main.url, board.id, board.editToken)
      const text = 'note-text-never-logged'
      const id = addNote(writer.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text })
      await waitForAcked(writer)
      await main.kill()

      const restarted = await start()
      const reader = await connect(restarted.url, board.id, board.viewToken)
      expect(noteText(readBoard(reader.doc), id)).toBe(text)
      // The process logged ids and counts, never a token or the note.
      const logs = main.lines.join('\n')
      expect(logs).toContain(board.id)
      for (const secret of [board.editToken, board.viewToken, text]) {
        expect(logs).not.toContain(secret)
      }
    })

    it('waits for a slow write before acknowledging the update', async () => {
      // Every append takes a while, as over a slow network: the ack has to wait for it.
      class SlowAppends extends FlakyStore {
        override async appendUpdate(id: string, update: Uint8Array) {
          await new Promise((resolve) => setTimeout(resolve, 300))
          return super.appendUpdate(id, update)
        }
      }
      const store = new SlowAppends(
        new PostgresBoardStore({ connectionString: schema.url, log: silent }),
      )
      const server = await start({ store })
      const board = await createBoard(server.url)
      const client = await connect(server.url, board.id, board.editToken)

      const sent = Date.now()
      const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'slow' })
      await waitForAcked(client)
      expect(Date.now() - sent).toBeGreaterThanOrEqual(300)
      expect(noteText((await readPostgresBoard(schema.url, board.id))!.board, id)).toBe('slow')
    })

    it('retries a failed write before acknowledging the update', async () => {
      const store = new FlakyStore(
        new PostgresBoardStore({ connectionString: schema.url, log: silent }),
      )
      const server = await start({ store })
      const board = await createBoard(server.url)
      const client = await connect(server.url, board.id, board.editToken)

      store.failAppends = 2
      const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'late' })
      await waitForAcked(client)
      expect(store.failAppends).toBe(0)
      expect(noteText((await readPostgresBoard(schema.url, board.id))!.board, id)).toBe('late')
    })

    it('never acknowledges an update it could not write, and takes it once storage is back', async () => {
      const store = new FlakyStore(
        new PostgresBoardStore({ connectionString: schema.url, log: silent }),
      )
      const server = await start({ store })
      const board = await createBoard(server.url)
      const client = await connect(server.url, board.id, board.editToken)
      // Keep reconnecting, as a browser does; count the times the server closes the socket.
      client.socket.setConfiguration({ maxAttempts: 0 })
      let disconnects = 0
      client.socket.on('disconnect', () => (disconnects += 1))
      // Hocuspocus prints the connection it closes; keep the test output readable.
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})

      store.failAppends = 1_000
      const id = addNote(client.doc, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'held' })
      await waitFor(() => store.failAppends <= 1_000 - 4, 10_000, 'the retries to run out')
      await waitFor(() => disconnects > 0, 10_000, 'the server to close the socket')
      const live = server.server.hocuspocus.documents.get(board.id)
      expect(live && noteText(readBoard(live), id)).toBeUndefined()
      expect(client.provider.unsyncedChanges).toBeGreaterThan(0)

      store.failAppends = 0
      await waitFor(
        () => client.provider.synced && client.provider.unsyncedChanges === 0,
        10_000,
        'the client to reconnect and have its note acknowledged',
      )
      expect(noteText((await readPostgresBoard(schema.url, board.id))!.board, id)).toBe('held')
      consoleError.mockRestore()
    })
  })
})
