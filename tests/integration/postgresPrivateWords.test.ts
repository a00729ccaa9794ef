import pg from 'pg'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { privateWordsDocName, type ItemId, type ParticipantId } from '@coboard/shared'
import { PostgresBoardStore } from '../../server/src/storage/PostgresBoardStore'
import { migratePostgres, PG_SCHEMA_VERSION } from '../../server/src/storage/postgresMigrations'
import { createLogger } from '../../server/src/logger'
import { createTestSchema, findServices, withClient, type TestSchema } from '../helpers/services'
import {
  boardRecord,
  itStoresPrivateWords,
  storedWords,
  uniqueBoardId,
  WordsWriter,
} from '../helpers/privateWordsContract'

// Private-words documents (`<board id>/private/<participant id>`) in PostgreSQL: the contract the
// SQLite store keeps too, then what only several instances on one database can do to them.

const services = await findServices({ postgres: true })
const silent = createLogger('silent')
const ada = 'ada' as ParticipantId

describe.skipIf(!services.available)(services.title('PostgreSQL private words'), () => {
  let schema: TestSchema
  beforeAll(async () => {
    schema = await createTestSchema(services.postgresUrl)
  })
  afterAll(async () => {
    await schema?.drop()
  })

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

  itStoresPrivateWords(() => store)

  it('loses no append that races with compactions on two instances', async () => {
    const other = open()
    const boardId = uniqueBoardId()
    const name = privateWordsDocName(boardId, ada)
    await store.createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    // Each note written on a device of its own: every update stands alone, as from two devices.
    const notes = Array.from({ length: 30 }, (_, i) => `note-${i}`)
    const writes = notes.map((id) => new WordsWriter().write(id, id as ItemId))
    const empty = new WordsWriter().state()
    await Promise.all([
      ...writes.map((updates, i) =>
        Promise.all(updates.map((update) => (i % 2 ? store : other).appendUpdate(name, update))),
      ),
      ...Array.from({ length: 6 }, (_, i) => (i % 2 ? store : other).compact(name, empty)),
    ])
    const words = storedWords(await store.loadUpdates(name))
    for (const id of notes) expect(words[id]).toBe(id)
    // A last compaction folds everything into the snapshot, and loses nothing either.
    expect(await other.compact(name, empty)).toBe(true)
    const compacted = await store.loadUpdates(name)
    expect(compacted).toHaveLength(1)
    expect(Object.keys(storedWords(compacted))).toHaveLength(notes.length)
  })

  it('deletes a board while its private words are being compacted, without a deadlock', async () => {
    const other = open()
    const boardId = uniqueBoardId()
    const name = privateWordsDocName(boardId, ada)
    await store.createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    const device = new WordsWriter()
    for (let i = 0; i < 5; i++) {
      for (const update of device.write(`draft ${i}`)) await store.appendUpdate(name, update)
    }
    const [, deleted] = await Promise.all([
      store.compact(name, device.state()),
      other.deleteBoard(boardId),
      store.compact(name, device.state()),
    ])
    expect(deleted).toBe(true)
    expect(await store.loadUpdates(name)).toEqual([])
  })

  it('migrates a database an older server left, and keeps its boards', async () => {
    const old = await createTestSchema(services.postgresUrl)
    try {
      const pool = new pg.Pool({ connectionString: old.url, max: 1 })
      try {
        await migratePostgres(pool, PG_SCHEMA_VERSION - 1)
        await pool.query(
          `INSERT INTO boards (id, title, edit_token_hash, view_token_hash, created_at, snapshot)
           VALUES ('old-board', 'Old', '\\x01', '\\x02', now(), '\\x09')`,
        )
        await pool.query(
          `INSERT INTO board_updates (board_id, "update") VALUES ('old-board', '\\x01')`,
        )
      } finally {
        await pool.end()
      }

      const upgraded = open(old.url)
      expect((await upgraded.loadUpdates('old-board')).map((row) => [...row])).toEqual([[9], [1]])
      expect(await upgraded.appendUpdate('old-board', new Uint8Array([2]))).toBe(true)
      const name = privateWordsDocName('old-board', ada)
      const device = new WordsWriter()
      for (const update of device.write('kept')) {
        expect(await upgraded.appendUpdate(name, update)).toBe(true)
      }
      expect(await upgraded.compact(name, device.state())).toBe(true)
      expect(storedWords(await upgraded.loadUpdates(name))).toEqual({ 'note-1': 'kept' })
      const versions = await withClient(old.url, (client) =>
        client.query('SELECT version FROM coboard_schema_migrations ORDER BY version'),
      )
      expect(versions.rows).toEqual(
        Array.from({ length: PG_SCHEMA_VERSION }, (_, index) => ({ version: index + 1 })),
      )
    } finally {
      for (const opened of stores.splice(0)) await opened.close()
      await old.drop()
    }
  })
})
