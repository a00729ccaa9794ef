import type pg from 'pg'

// The PostgreSQL schema's own migrations, numbered in `coboard_schema_migrations`. Append only: a
// released migration is never edited, so every database walks the same path. Tables are created
// in the first schema of the connection's search_path (`?options=-c search_path=…` in
// DATABASE_URL picks another one). Board *documents* have their own migrations: migrateBoard in
// shared/src/board/migrations.ts.

const MIGRATIONS: readonly string[] = [
  // 1: boards with their snapshot, and the log of updates since that snapshot.
  `
  CREATE TABLE boards (
    id text PRIMARY KEY,
    title text NOT NULL,
    edit_token_hash bytea NOT NULL,
    view_token_hash bytea NOT NULL,
    created_at timestamptz NOT NULL,
    snapshot bytea NOT NULL
  );
  CREATE TABLE board_updates (
    seq bigserial PRIMARY KEY,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    "update" bytea NOT NULL
  );
  CREATE INDEX board_updates_by_board ON board_updates (board_id, seq);
  `,
  // 2: join codes, found by the hash of the stretched code, with the edit token sealed under it.
  `
  CREATE TABLE join_codes (
    code_hash bytea PRIMARY KEY,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    sealed_token bytea NOT NULL,
    created_at timestamptz NOT NULL
  );
  CREATE INDEX join_codes_by_board ON join_codes (board_id);
  `,
  // 3: the device each participant id of a board is bound to, by the hash of its key.
  `
  CREATE TABLE participant_devices (
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    key_hash bytea NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (board_id, participant_id)
  );
  `,
  // 4: a scratch row /readyz writes to find out whether the database still takes writes.
  `
  CREATE TABLE coboard_health (
    id integer PRIMARY KEY,
    checked_at timestamptz NOT NULL
  );
  `,
  // 5: each person's private words on a board (shared/src/board/privateWords.ts), the document
  // `<board id>/private/<participant id>`, kept as a board's document is: a snapshot (written by
  // its first compaction; there is no row before) and the log of updates since. Not one log that
  // compaction rewrites as a row: on PostgreSQL an append committing during a compaction can hold
  // a lower seq than the new row, and a snapshot that loads first is the board's invariant too.
  `
  CREATE TABLE private_words (
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    snapshot bytea NOT NULL,
    PRIMARY KEY (board_id, participant_id)
  );
  CREATE TABLE private_word_updates (
    seq bigserial PRIMARY KEY,
    board_id text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    "update" bytea NOT NULL
  );
  CREATE INDEX private_word_updates_by_document
    ON private_word_updates (board_id, participant_id, seq);
  `,
]

/** The schema version this code writes. */
export const PG_SCHEMA_VERSION = MIGRATIONS.length

/** Advisory lock held while migrating ("cobo" in ASCII): instances starting together take turns. */
const MIGRATION_LOCK = 0x636f626f

/**
 * Brings the database to PG_SCHEMA_VERSION (or to `target`, for tests of a database an older
 * server left); refuses a database written by a newer version.
 */
export async function migratePostgres(pool: pg.Pool, target = PG_SCHEMA_VERSION): Promise<void> {
  const client = await pool.connect()
  let failed = false
  try {
    await client.query('BEGIN')
    // Held until COMMIT: a second instance waits here, then finds the work done.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(
      `CREATE TABLE IF NOT EXISTS coboard_schema_migrations (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    )
    const { rows } = await client.query<{ version: number }>(
      'SELECT coalesce(max(version), 0)::integer AS version FROM coboard_schema_migrations',
    )
    const current = rows[0].version
    if (current > PG_SCHEMA_VERSION) {
      throw new Error(
        `The database has schema version ${current}, newer than this server's ${PG_SCHEMA_VERSION}; upgrade the server.`,
      )
    }
    for (let version = current + 1; version <= target; version++) {
      await client.query(MIGRATIONS[version - 1])
      await client.query('INSERT INTO coboard_schema_migrations (version) VALUES ($1)', [version])
    }
    await client.query('COMMIT')
  } catch (error) {
    failed = true
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    // A client whose transaction failed may be in any state: drop it rather than reuse it.
    client.release(failed)
  }
}
