import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { readPrivateWordsDocName } from '@coboard/shared'
import { isSameHash } from '../tokens'
import {
  MAX_DEVICES_PER_BOARD,
  type BoardRecord,
  type BoardStore,
  type DeviceBinding,
  type JoinCodeRecord,
  type SaveJoinCodeOutcome,
} from './BoardStore'
import { emptyUpdate } from './emptyUpdate'
import { migrateSqlSchema } from './sqliteMigrations'
import { WalSync } from './WalSync'
import { WalCheckpoints } from './WalCheckpoints'
import type { Logger } from '../logger'

/** What a small write (a roster binding, a join code, a deletion) adds to the WAL, roughly. */
const PAGE_BYTES = 4096

/** Name of the database file inside DATA_DIR. */
export const SQLITE_FILE = 'coboard.sqlite'

/** Bytes the readiness probe writes: a few pages, about what storing a small board takes. */
const PROBE_BYTES = 16 * 1024

interface BoardRow {
  id: string
  title: string
  edit_token_hash: Buffer
  view_token_hash: Buffer
  created_at: number
}

interface JoinCodeRow {
  code_hash: Buffer
  board_id: string
  sealed_token: Buffer
  created_at: number
}

/**
 * BoardStore on one SQLite file (better-sqlite3). Every write commits in the caller's turn, so
 * later reads and writes see it (Persistence relies on that ordering); its promise resolves once
 * the commit is on the disk, synced off the event loop by WalSync.
 */
export class SqliteBoardStore implements BoardStore {
  readonly commitsSynchronously = true
  private readonly db: Database.Database
  private readonly wal: WalSync
  private readonly checkpoints: WalCheckpoints
  private readonly statements

  /** Opens (and creates, with its folder, on first start) `<dataDir>/coboard.sqlite`. */
  static open(dataDir: string, log?: Logger): SqliteBoardStore {
    fs.mkdirSync(dataDir, { recursive: true })
    return new SqliteBoardStore(path.join(dataDir, SQLITE_FILE), log)
  }

  constructor(file: string, log?: Logger) {
    this.db = new Database(file)
    this.db.pragma('journal_mode = WAL')
    // NORMAL does not sync the WAL at each commit, which under FULL would stall every board on
    // the server for the length of an fsync; WalSync syncs it instead, before a write resolves.
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('foreign_keys = ON')
    this.db.pragma('busy_timeout = 5000')
    // Checkpoints run on a thread of their own (WalCheckpoints), never inside a commit.
    this.db.pragma('wal_autocheckpoint = 0')
    migrateSqlSchema(this.db)
    this.wal = new WalSync(`${file}-wal`)
    this.checkpoints = new WalCheckpoints(file, (message) =>
      log?.warn({ error: message }, 'a WAL checkpoint failed; the next one will try again'),
    )
    this.statements = this.prepare()
  }

  private prepare() {
    const db = this.db
    const latestSeq = db.prepare<[string], { seq: number | null }>(
      'SELECT max(seq) AS seq FROM board_updates WHERE board_id = ?',
    )
    const setSnapshot = db.prepare<[Uint8Array, string]>(
      'UPDATE boards SET snapshot = ? WHERE id = ?',
    )
    const dropLog = db.prepare<[string, number]>(
      'DELETE FROM board_updates WHERE board_id = ? AND seq <= ?',
    )
    const snapshot = db
      .prepare<[string], { snapshot: Buffer }>('SELECT snapshot FROM boards WHERE id = ?')
      .pluck()
    const log = db
      .prepare<[string], Buffer>(
        'SELECT "update" FROM board_updates WHERE board_id = ? ORDER BY seq',
      )
      .pluck()
    const deviceKeyHash = db
      .prepare<[string, string], Buffer>(
        'SELECT key_hash FROM participant_devices WHERE board_id = ? AND participant_id = ?',
      )
      .pluck()
    const boardExists = db.prepare<[string], number>('SELECT 1 FROM boards WHERE id = ?').pluck()
    const devicesOnBoard = db
      .prepare<[string], number>('SELECT count(*) FROM participant_devices WHERE board_id = ?')
      .pluck()
    const insertDevice = db.prepare<[string, string, Uint8Array, number]>(
      `INSERT INTO participant_devices (board_id, participant_id, key_hash, created_at)
       VALUES (?, ?, ?, ?)`,
    )
    const insertProbe = db.prepare<[number]>(
      `INSERT INTO health_probe (written_at, padding) VALUES (?, zeroblob(${PROBE_BYTES}))`,
    )
    const dropProbes = db.prepare<[number | bigint]>('DELETE FROM health_probe WHERE id < ?')
    const privateSnapshot = db
      .prepare<[string, string], Buffer>(
        'SELECT snapshot FROM private_words WHERE board_id = ? AND participant_id = ?',
      )
      .pluck()
    const privateLog = db
      .prepare<[string, string], Buffer>(
        `SELECT "update" FROM private_word_updates WHERE board_id = ? AND participant_id = ?
         ORDER BY seq`,
      )
      .pluck()
    const latestPrivateSeq = db
      .prepare<[string, string], number | null>(
        'SELECT max(seq) FROM private_word_updates WHERE board_id = ? AND participant_id = ?',
      )
      .pluck()
    const setPrivateSnapshot = db.prepare<[string, string, Uint8Array]>(
      `INSERT INTO private_words (board_id, participant_id, snapshot) VALUES (?, ?, ?)
       ON CONFLICT (board_id, participant_id) DO UPDATE SET snapshot = excluded.snapshot`,
    )
    const dropPrivateLog = db.prepare<[string, string, number]>(
      'DELETE FROM private_word_updates WHERE board_id = ? AND participant_id = ? AND seq <= ?',
    )
    return {
      insertBoard: db.prepare(
        `INSERT INTO boards (id, title, edit_token_hash, view_token_hash, created_at, snapshot)
         VALUES (@id, @title, @editTokenHash, @viewTokenHash, @createdAt, @snapshot)`,
      ),
      findBoard: db.prepare<[string], BoardRow>(
        'SELECT id, title, edit_token_hash, view_token_hash, created_at FROM boards WHERE id = ?',
      ),
      // Appending to a deleted board is a no-op rather than a foreign-key error: a document can
      // outlive its board for a moment, and that is not a storage failure.
      appendUpdate: db.prepare<{ id: string; update: Uint8Array }>(
        `INSERT INTO board_updates (board_id, "update")
         SELECT @id, @update WHERE EXISTS (SELECT 1 FROM boards WHERE id = @id)`,
      ),
      // As appendUpdate: nothing for a board that is gone.
      appendPrivateWords: db.prepare<{
        boardId: string
        participantId: string
        update: Uint8Array
      }>(
        `INSERT INTO private_word_updates (board_id, participant_id, "update")
         SELECT @boardId, @participantId, @update
         WHERE EXISTS (SELECT 1 FROM boards WHERE id = @boardId)`,
      ),
      deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
      // Nothing for a board that is gone, nothing over a stored code: the caller reads which.
      insertJoinCode: db.prepare<JoinCodeRecord>(
        `INSERT INTO join_codes (code_hash, board_id, sealed_token, created_at)
         SELECT @codeHash, @boardId, @sealedToken, @createdAt
         WHERE EXISTS (SELECT 1 FROM boards WHERE id = @boardId)
         ON CONFLICT (code_hash) DO NOTHING`,
      ),
      findJoinCode: db.prepare<[Uint8Array], JoinCodeRow>(
        'SELECT code_hash, board_id, sealed_token, created_at FROM join_codes WHERE code_hash = ?',
      ),
      ping: db.prepare('SELECT 1').pluck(),
      bindDevice: db.transaction(
        (boardId: string, participantId: string, keyHash: Uint8Array): DeviceBinding => {
          const bound = deviceKeyHash.get(boardId, participantId)
          if (bound) return isSameHash(bound, keyHash) ? 'own' : 'taken'
          if (!boardExists.get(boardId)) return 'no-board'
          if (devicesOnBoard.get(boardId)! >= MAX_DEVICES_PER_BOARD) return 'full'
          insertDevice.run(boardId, participantId, keyHash, Date.now())
          return 'own'
        },
      ),
      // A new row as large as a few pages, and the last one gone, in one committed transaction:
      // it needs pages to spare, as a new board does, so a full database (or disk) fails it.
      probeWrite: db.transaction((at: number) => {
        const { lastInsertRowid } = insertProbe.run(at)
        dropProbes.run(lastInsertRowid)
      }),
      load: db.transaction((id: string): Uint8Array[] => {
        const first = snapshot.get(id) as Buffer | undefined
        return first === undefined ? [] : [first, ...(log.all(id) as Buffer[])]
      }),
      compact: db.transaction((id: string, state: Uint8Array): boolean => {
        const covered = latestSeq.get(id)?.seq ?? 0
        if (setSnapshot.run(state, id).changes === 0) return false
        dropLog.run(id, covered)
        return true
      }),
      loadPrivateWords: db.transaction((boardId: string, participantId: string): Uint8Array[] => {
        const first = privateSnapshot.get(boardId, participantId)
        const rows = privateLog.all(boardId, participantId)
        const stored = first === undefined ? rows : [first, ...rows]
        if (stored.length > 0) return stored
        return boardExists.get(boardId) ? [emptyUpdate()] : []
      }),
      compactPrivateWords: db.transaction(
        (boardId: string, participantId: string, state: Uint8Array): boolean => {
          if (!boardExists.get(boardId)) return false
          const covered = latestPrivateSeq.get(boardId, participantId) ?? 0
          setPrivateSnapshot.run(boardId, participantId, state)
          dropPrivateLog.run(boardId, participantId, covered)
          return true
        },
      ),
    }
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.statements.insertBoard.run({ ...record, snapshot: initialState })
    await this.durable(undefined, initialState.byteLength)
  }

  async findBoard(id: string): Promise<BoardRecord | null> {
    const row = this.statements.findBoard.get(id)
    if (!row) return null
    return {
      id: row.id,
      title: row.title,
      editTokenHash: row.edit_token_hash,
      viewTokenHash: row.view_token_hash,
      createdAt: row.created_at,
    }
  }

  async loadUpdates(name: string): Promise<Uint8Array[]> {
    const words = readPrivateWordsDocName(name)
    if (words) return this.statements.loadPrivateWords(words.boardId, words.participantId)
    return this.statements.load(name)
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<boolean> {
    const words = readPrivateWordsDocName(name)
    const run = words
      ? this.statements.appendPrivateWords.run({ ...words, update })
      : this.statements.appendUpdate.run({ id: name, update })
    return this.durable(run.changes > 0, update.byteLength)
  }

  async compact(name: string, snapshot: Uint8Array): Promise<boolean> {
    const words = readPrivateWordsDocName(name)
    const compacted = words
      ? this.statements.compactPrivateWords(words.boardId, words.participantId, snapshot)
      : this.statements.compact(name, snapshot)
    return this.durable(compacted, snapshot.byteLength)
  }

  async saveJoinCode(record: JoinCodeRecord): Promise<SaveJoinCodeOutcome> {
    if (this.statements.insertJoinCode.run(record).changes > 0) return this.durable('saved')
    const stored = this.statements.findJoinCode.get(record.codeHash)
    if (!stored) return 'no-board'
    return stored.board_id === record.boardId ? 'saved' : 'taken'
  }

  async bindDevice(
    boardId: string,
    participantId: string,
    keyHash: Uint8Array,
  ): Promise<DeviceBinding> {
    return this.durable(this.statements.bindDevice(boardId, participantId, keyHash))
  }

  async findJoinCode(codeHash: Uint8Array): Promise<JoinCodeRecord | null> {
    const row = this.statements.findJoinCode.get(codeHash)
    if (!row) return null
    return {
      codeHash: row.code_hash,
      boardId: row.board_id,
      sealedToken: row.sealed_token,
      createdAt: row.created_at,
    }
  }

  /**
   * The join code and the private words go with the board: `foreign_keys = ON` makes the cascade
   * run.
   */
  async deleteBoard(id: string): Promise<boolean> {
    return this.durable(this.statements.deleteBoard.run(id).changes > 0)
  }

  /** Writes, commits and syncs a scratch row: a database that only reads, or is full, fails. */
  async isReady(): Promise<boolean> {
    try {
      if (!this.db.open) return false
      this.statements.probeWrite.immediate(Date.now())
      return await this.durable(true, PROBE_BYTES)
    } catch {
      return false
    }
  }

  async close(): Promise<void> {
    await this.checkpoints.close()
    await this.wal.close()
    if (this.db.open) this.db.close()
  }

  /** `outcome`, once what was just committed is on the disk. */
  /** Resolves with `outcome` once the commit that wrote `bytes` is on the disk. */
  private async durable<T>(outcome: T, bytes = PAGE_BYTES): Promise<T> {
    this.checkpoints.noteWritten(bytes)
    await this.wal.flush()
    return outcome
  }
}
