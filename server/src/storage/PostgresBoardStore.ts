import pg from 'pg'
import * as Y from 'yjs'
import { readPrivateWordsDocName, type ParticipantId } from '@coboard/shared'
import type { Logger } from '../logger'
import { isSameHash } from '../tokens'
import {
  MAX_DEVICES_PER_BOARD,
  type BoardRecord,
  type BoardStore,
  type DeviceBinding,
  type JoinCodeRecord,
  type SaveJoinCodeOutcome,
} from './BoardStore'
import { applyStoredUpdates } from './applyStoredUpdates'
import { emptyUpdate } from './emptyUpdate'
import { migratePostgres } from './postgresMigrations'

/** PostgreSQL's code for a foreign-key violation: the board of a row being written is gone. */
const FOREIGN_KEY_VIOLATION = '23503'

interface BoardRow {
  id: string
  title: string
  edit_token_hash: Buffer
  view_token_hash: Buffer
  created_at: Date
}

/** A private-words document: whose words, on which board. */
interface PrivateWordsName {
  readonly boardId: string
  readonly participantId: ParticipantId
}

interface JoinCodeRow {
  code_hash: Buffer
  board_id: string
  sealed_token: Buffer
  created_at: Date
}

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; never logged, it may hold a password. */
  readonly connectionString: string
  readonly log: Logger
  /** Connections in the pool; each instance of the server has its own pool. */
  readonly poolSize?: number
}

/**
 * BoardStore on PostgreSQL, shared by every instance of the server. Writes are durable once
 * their promise resolves, so `commitsSynchronously` is false and WriteAhead awaits each append
 * before the update is applied and acknowledged. Compaction may run on several instances at
 * once: it locks the board's row and merges everything stored into the new snapshot.
 */
export class PostgresBoardStore implements BoardStore {
  readonly commitsSynchronously = false
  private readonly pool: pg.Pool
  private readonly log: Logger
  private migrated: Promise<void> | null = null
  private closing: Promise<void> | null = null

  constructor(options: PostgresStoreOptions) {
    this.log = options.log
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      application_name: 'coboard',
      // Fail instead of waiting for ever when the database is unreachable: a pending append holds
      // up its connection's messages, and /readyz has to answer.
      connectionTimeoutMillis: 3_000,
      query_timeout: 15_000,
    })
    // An idle client losing its connection emits 'error' on the pool; unheard, it ends the process.
    this.pool.on('error', (error) => this.log.warn({ err: error }, 'PostgreSQL connection lost'))
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    await this.query(
      `INSERT INTO boards (id, title, edit_token_hash, view_token_hash, created_at, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.id,
        record.title,
        record.editTokenHash,
        record.viewTokenHash,
        new Date(record.createdAt),
        initialState,
      ],
    )
  }

  async findBoard(id: string): Promise<BoardRecord | null> {
    const { rows } = await this.query<BoardRow>(
      'SELECT id, title, edit_token_hash, view_token_hash, created_at FROM boards WHERE id = $1',
      [id],
    )
    if (rows.length === 0) return null
    const row = rows[0]
    return {
      id: row.id,
      title: row.title,
      editTokenHash: row.edit_token_hash,
      viewTokenHash: row.view_token_hash,
      createdAt: row.created_at.getTime(),
    }
  }

  async loadUpdates(name: string): Promise<Uint8Array[]> {
    const words = readPrivateWordsDocName(name)
    if (words) return this.loadPrivateWords(words)
    const id = name
    // One statement, so one consistent view: either before or after a concurrent compaction.
    const { rows } = await this.query<{ data: Buffer }>(
      `SELECT data FROM (
         SELECT 0 AS part, 0::bigint AS seq, snapshot AS data FROM boards WHERE id = $1
         UNION ALL
         SELECT 1, seq, "update" FROM board_updates WHERE board_id = $1
       ) stored ORDER BY part, seq`,
      [id],
    )
    return rows.map((row) => row.data)
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<boolean> {
    const words = readPrivateWordsDocName(name)
    try {
      if (words) {
        await this.query(
          `INSERT INTO private_word_updates (board_id, participant_id, "update")
           VALUES ($1, $2, $3)`,
          [words.boardId, words.participantId, update],
        )
      } else {
        await this.query('INSERT INTO board_updates (board_id, "update") VALUES ($1, $2)', [
          name,
          update,
        ])
      }
      return true
    } catch (error) {
      // A document can outlive its board for a moment; that is not a storage failure.
      if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return false
      throw error
    }
  }

  async compact(name: string, snapshot: Uint8Array): Promise<boolean> {
    const words = readPrivateWordsDocName(name)
    if (words) return this.compactPrivateWords(words, snapshot)
    const id = name
    return this.transaction(async (client) => {
      // Compactions of one board take turns. NO KEY UPDATE does not conflict with the key-share
      // lock an append's foreign key takes, so appends carry on meanwhile.
      const board = await client.query<{ snapshot: Buffer }>(
        'SELECT snapshot FROM boards WHERE id = $1 FOR NO KEY UPDATE',
        [id],
      )
      if (board.rows.length === 0) return false
      // Another instance may have appended rows this document has not received yet, or compacted
      // rows of its own into the stored snapshot: both are merged in, so nothing is lost.
      const log = await client.query<{ seq: string; update: Buffer }>(
        'SELECT seq, "update" FROM board_updates WHERE board_id = $1 ORDER BY seq',
        [id],
      )
      const merged = this.merge({ boardId: id }, [
        board.rows[0].snapshot,
        snapshot,
        ...log.rows.map((row) => row.update),
      ])
      await client.query('UPDATE boards SET snapshot = $2 WHERE id = $1', [id, merged])
      // Exactly the rows read, not `seq <= max`: a row with a lower seq can commit later.
      if (log.rows.length > 0) {
        await client.query('DELETE FROM board_updates WHERE board_id = $1 AND seq = ANY($2)', [
          id,
          log.rows.map((row) => row.seq),
        ])
      }
      return true
    })
  }

  /**
   * The snapshot, then the log, in one statement (one consistent view), with a row saying whether
   * the board exists: an existing board's document with nothing stored yet loads as one empty
   * update, since an empty list would mean that the board is gone.
   */
  private async loadPrivateWords({
    boardId,
    participantId,
  }: PrivateWordsName): Promise<Uint8Array[]> {
    const { rows } = await this.query<{ part: number; data: Buffer | null }>(
      `SELECT part, data FROM (
         SELECT 0 AS part, 0::bigint AS seq, snapshot AS data FROM private_words
           WHERE board_id = $1 AND participant_id = $2
         UNION ALL
         SELECT 1, seq, "update" FROM private_word_updates
           WHERE board_id = $1 AND participant_id = $2
         UNION ALL
         SELECT 2, 0, NULL FROM boards WHERE id = $1
       ) stored ORDER BY part, seq`,
      [boardId, participantId],
    )
    const stored = rows.flatMap((row) => (row.part < 2 && row.data ? [row.data] : []))
    if (stored.length > 0) return stored
    return rows.length > 0 ? [emptyUpdate()] : []
  }

  /**
   * As compact does for a board. The board's row is locked first, as there: compactions of one
   * board's documents take turns, and a deletion of the board waits for this one (locking the log
   * rows first could deadlock with the deletion's cascade). Exactly the rows read are merged into
   * the stored snapshot and dropped, so appends committed meanwhile stay in the log.
   */
  private compactPrivateWords(
    { boardId, participantId }: PrivateWordsName,
    snapshot: Uint8Array,
  ): Promise<boolean> {
    return this.transaction(async (client) => {
      const board = await client.query('SELECT 1 FROM boards WHERE id = $1 FOR NO KEY UPDATE', [
        boardId,
      ])
      if (board.rows.length === 0) return false
      const stored = await client.query<{ snapshot: Buffer }>(
        'SELECT snapshot FROM private_words WHERE board_id = $1 AND participant_id = $2',
        [boardId, participantId],
      )
      const log = await client.query<{ seq: string; update: Buffer }>(
        `SELECT seq, "update" FROM private_word_updates
         WHERE board_id = $1 AND participant_id = $2 ORDER BY seq`,
        [boardId, participantId],
      )
      const merged = this.merge({ boardId, participantId }, [
        ...stored.rows.map((row) => row.snapshot),
        snapshot,
        ...log.rows.map((row) => row.update),
      ])
      await client.query(
        `INSERT INTO private_words (board_id, participant_id, snapshot) VALUES ($1, $2, $3)
         ON CONFLICT (board_id, participant_id) DO UPDATE SET snapshot = excluded.snapshot`,
        [boardId, participantId, merged],
      )
      if (log.rows.length > 0) {
        await client.query(
          `DELETE FROM private_word_updates
           WHERE board_id = $1 AND participant_id = $2 AND seq = ANY($3)`,
          [boardId, participantId, log.rows.map((row) => row.seq)],
        )
      }
      return true
    })
  }

  async saveJoinCode(record: JoinCodeRecord): Promise<SaveJoinCodeOutcome> {
    try {
      const { rowCount } = await this.query(
        `INSERT INTO join_codes (code_hash, board_id, sealed_token, created_at)
         SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM boards WHERE id = $2)
         ON CONFLICT (code_hash) DO NOTHING`,
        [record.codeHash, record.boardId, record.sealedToken, new Date(record.createdAt)],
      )
      if ((rowCount ?? 0) > 0) return 'saved'
    } catch (error) {
      // The board was deleted between the check and the insert.
      if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return 'no-board'
      throw error
    }
    const stored = await this.findJoinCode(record.codeHash)
    if (!stored) return 'no-board'
    return stored.boardId === record.boardId ? 'saved' : 'taken'
  }

  async bindDevice(
    boardId: string,
    participantId: string,
    keyHash: Uint8Array,
  ): Promise<DeviceBinding> {
    const bound = await this.boundKeyHash(boardId, participantId)
    if (bound) return isSameHash(bound, keyHash) ? 'own' : 'taken'
    try {
      // The count is a bound, not an exact quota: two bindings at once may both pass it.
      const { rowCount } = await this.query(
        `INSERT INTO participant_devices (board_id, participant_id, key_hash, created_at)
         SELECT $1, $2, $3, now() WHERE EXISTS (SELECT 1 FROM boards WHERE id = $1)
           AND (SELECT count(*) FROM participant_devices WHERE board_id = $1) < $4
         ON CONFLICT (board_id, participant_id) DO NOTHING`,
        [boardId, participantId, keyHash, MAX_DEVICES_PER_BOARD],
      )
      if ((rowCount ?? 0) > 0) return 'own'
    } catch (error) {
      if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return 'no-board'
      throw error
    }
    // Another device bound it meanwhile, or the board is gone or full: read which.
    const now = await this.boundKeyHash(boardId, participantId)
    if (now) return isSameHash(now, keyHash) ? 'own' : 'taken'
    return (await this.findBoard(boardId)) ? 'full' : 'no-board'
  }

  private async boundKeyHash(boardId: string, participantId: string): Promise<Buffer | null> {
    const { rows } = await this.query<{ key_hash: Buffer }>(
      'SELECT key_hash FROM participant_devices WHERE board_id = $1 AND participant_id = $2',
      [boardId, participantId],
    )
    return rows[0]?.key_hash ?? null
  }

  async findJoinCode(codeHash: Uint8Array): Promise<JoinCodeRecord | null> {
    const { rows } = await this.query<JoinCodeRow>(
      'SELECT code_hash, board_id, sealed_token, created_at FROM join_codes WHERE code_hash = $1',
      [codeHash],
    )
    if (rows.length === 0) return null
    const row = rows[0]
    return {
      codeHash: row.code_hash,
      boardId: row.board_id,
      sealedToken: row.sealed_token,
      createdAt: row.created_at.getTime(),
    }
  }

  /** The join code and the private words go with the board (ON DELETE CASCADE). */
  async deleteBoard(id: string): Promise<boolean> {
    const { rowCount } = await this.query('DELETE FROM boards WHERE id = $1', [id])
    return (rowCount ?? 0) > 0
  }

  /** Commits a write to a scratch row: a database that only reads, or refuses us, fails it. */
  async isReady(): Promise<boolean> {
    if (this.closing) return false
    try {
      await this.query(
        `INSERT INTO coboard_health (id, checked_at) VALUES (1, now())
         ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`,
        [],
      )
      return true
    } catch {
      return false
    }
  }

  close(): Promise<void> {
    this.closing ??= this.pool.end()
    return this.closing
  }

  /**
   * Brings the schema up to date; every other call waits for it. A failure (database not up yet)
   * is not remembered, so the next call tries again.
   */
  ready(): Promise<void> {
    this.migrated ??= migratePostgres(this.pool).catch((error: unknown) => {
      this.migrated = null
      this.log.error({ err: error }, 'could not prepare the PostgreSQL schema')
      throw error
    })
    return this.migrated
  }

  /**
   * Runs `work` in a transaction on a connection of its own and commits what it did, or rolls
   * back when it throws. A failed connection is dropped rather than reused.
   */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready()
    const client = await this.pool.connect()
    let failed = false
    try {
      await client.query('BEGIN')
      const outcome = await work(client)
      await client.query('COMMIT')
      return outcome
    } catch (error) {
      failed = true
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release(failed)
    }
  }

  private async query<Row extends pg.QueryResultRow>(
    text: string,
    values: unknown[],
  ): Promise<pg.QueryResult<Row>> {
    await this.ready()
    return this.pool.query<Row>(text, values)
  }

  /**
   * One snapshot holding every given update; damaged rows are skipped, as on load, and logged
   * with `document` (the board's id, and the participant's for private words).
   */
  private merge(document: Readonly<Record<string, string>>, updates: Uint8Array[]): Uint8Array {
    const doc = new Y.Doc()
    try {
      const skipped = applyStoredUpdates(doc, updates)
      if (skipped.length > 0) {
        this.log.error({ ...document, skipped }, 'dropped stored updates that do not decode')
      }
      return Y.encodeStateAsUpdate(doc)
    } finally {
      doc.destroy()
    }
  }
}
