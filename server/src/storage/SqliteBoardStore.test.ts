import { mkdirSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { privateWordsDocName, type ParticipantId } from '@coboard/shared'
import {
  itStoresPrivateWords,
  storedWords,
  WordsWriter,
} from '../../../tests/helpers/privateWordsContract'
import { SQLITE_FILE, SqliteBoardStore } from './SqliteBoardStore'
import { migrateSqlSchema, SQL_SCHEMA_VERSION } from './sqliteMigrations'
import type { BoardRecord, JoinCodeRecord } from './BoardStore'

const bytes = (...values: number[]) => new Uint8Array(values)
const record = (id: string): BoardRecord => ({
  id,
  title: 'Board',
  editTokenHash: bytes(1, 2, 3),
  viewTokenHash: bytes(4, 5, 6),
  createdAt: 1_700_000_000_000,
})

const joinCode = (boardId: string, hash = 7): JoinCodeRecord => ({
  codeHash: bytes(hash, hash),
  boardId,
  sealedToken: bytes(1, 1, 2, 3, 5, 8),
  createdAt: 1_700_000_000_000,
})

describe('SqliteBoardStore', () => {
  let dataDir: string
  let store: SqliteBoardStore

  beforeEach(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'coboard-store-')), 'nested', 'data')
    store = SqliteBoardStore.open(dataDir)
  })
  afterEach(async () => {
    await store.close()
    await rm(path.dirname(path.dirname(dataDir)), { recursive: true, force: true })
  })

  it('creates its folder and round-trips a board', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    const found = await store.findBoard('board-one')
    expect(found).toMatchObject({ id: 'board-one', title: 'Board', createdAt: 1_700_000_000_000 })
    expect([...found!.editTokenHash]).toEqual([1, 2, 3])
    expect(await store.findBoard('board-two')).toBeNull()
    await expect(store.createBoard(record('board-one'), bytes(9))).rejects.toThrow()
  })

  it('loads the snapshot first, then the log in order', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    expect(await store.appendUpdate('board-one', bytes(1))).toBe(true)
    expect(await store.appendUpdate('board-one', bytes(2))).toBe(true)
    expect((await store.loadUpdates('board-one')).map((u) => [...u])).toEqual([[9], [1], [2]])
  })

  it('compacts: new snapshot, empty log, other boards untouched', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    await store.createBoard(record('board-two'), bytes(8))
    await store.appendUpdate('board-one', bytes(1))
    await store.appendUpdate('board-two', bytes(2))
    expect(await store.compact('board-one', bytes(7))).toBe(true)
    expect((await store.loadUpdates('board-one')).map((u) => [...u])).toEqual([[7]])
    expect((await store.loadUpdates('board-two')).map((u) => [...u])).toEqual([[8], [2]])
  })

  it('treats a deleted board as gone rather than as a failure', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    await store.appendUpdate('board-one', bytes(1))
    expect(await store.deleteBoard('board-one')).toBe(true)
    expect(await store.deleteBoard('board-one')).toBe(false)
    expect(await store.loadUpdates('board-one')).toEqual([])
    expect(await store.appendUpdate('board-one', bytes(2))).toBe(false)
    expect(await store.compact('board-one', bytes(3))).toBe(false)
  })

  it('keeps a join code for its board only, and drops it with the board', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    await store.createBoard(record('board-two'), bytes(8))
    expect(await store.saveJoinCode(joinCode('board-one'))).toBe('saved')
    expect(await store.saveJoinCode({ ...joinCode('board-one'), sealedToken: bytes(0) })).toBe(
      'saved',
    )
    expect(await store.saveJoinCode(joinCode('board-two'))).toBe('taken')
    expect(await store.saveJoinCode(joinCode('no-such-board', 8))).toBe('no-board')
    expect(await store.findJoinCode(bytes(8, 8))).toBeNull()

    const found = await store.findJoinCode(bytes(7, 7))
    expect(found).toMatchObject({ boardId: 'board-one', createdAt: 1_700_000_000_000 })
    // Saving again kept the first row as it was.
    expect([...found!.sealedToken]).toEqual([1, 1, 2, 3, 5, 8])

    expect(await store.deleteBoard('board-one')).toBe(true)
    expect(await store.findJoinCode(bytes(7, 7))).toBeNull()
    expect(await store.saveJoinCode(joinCode('board-two'))).toBe('saved')
  })

  it('reopens an existing database and reports readiness', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    expect(await store.isReady()).toBe(true)
    await store.close()
    await store.close()
    expect(await store.isReady()).toBe(false)
    store = SqliteBoardStore.open(dataDir)
    expect(await store.findBoard('board-one')).not.toBeNull()
  })

  it('copies the WAL into the database on its own thread, never inside a commit', async () => {
    const file = path.join(dataDir, SQLITE_FILE)
    const before = statSync(file).size
    // Six 1 MB updates: past the checkpoint threshold, which the store's own connection, with
    // SQLite's automatic checkpoint off, would never act on.
    await store.createBoard(record('big'), bytes(1))
    for (let i = 0; i < 6; i++) {
      await store.appendUpdate('big', new Uint8Array(1024 * 1024).fill(i + 1))
    }
    await expect.poll(() => statSync(file).size, { timeout: 10_000 }).toBeGreaterThan(before + 4e6)
    expect(await store.loadUpdates('big')).toHaveLength(7)
  })

  describe('private words', () => {
    itStoresPrivateWords(() => store)
  })

  it('migrates a database an older server left, and keeps its boards', async () => {
    const oldDir = path.join(path.dirname(dataDir), 'old')
    mkdirSync(oldDir)
    const old = new Database(path.join(oldDir, SQLITE_FILE))
    migrateSqlSchema(old, SQL_SCHEMA_VERSION - 1)
    old
      .prepare(
        `INSERT INTO boards (id, title, edit_token_hash, view_token_hash, created_at, snapshot)
         VALUES ('old-board', 'Old', x'01', x'02', 0, x'09')`,
      )
      .run()
    old.prepare(`INSERT INTO board_updates (board_id, "update") VALUES ('old-board', x'01')`).run()
    old.close()

    const reopened = SqliteBoardStore.open(oldDir)
    try {
      expect((await reopened.loadUpdates('old-board')).map((u) => [...u])).toEqual([[9], [1]])
      expect(await reopened.appendUpdate('old-board', bytes(2))).toBe(true)
      const name = privateWordsDocName('old-board', 'ada' as ParticipantId)
      const device = new WordsWriter()
      for (const update of device.write('kept')) {
        expect(await reopened.appendUpdate(name, update)).toBe(true)
      }
      expect(await reopened.compact(name, device.state())).toBe(true)
      expect(storedWords(await reopened.loadUpdates(name))).toEqual({ 'note-1': 'kept' })
    } finally {
      await reopened.close()
    }
    const check = new Database(path.join(oldDir, SQLITE_FILE), { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(SQL_SCHEMA_VERSION)
    check.close()
  })
})
