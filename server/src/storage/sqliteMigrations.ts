import type Database from 'better-sqlite3'

// The SQL schema's own migrations, numbered by SQLite's `user_version`. Append only: a released
// migration is never edited, so every database walks the same path. (Board *documents* have their
// own migrations: migrateBoard in shared/src/board/migrations.ts.)

const MIGRATIONS: readonly string[] = [
  // 1: boards with their snapshot, and the log of updates since that snapshot.
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    edit_token_hash BLOB NOT NULL,
    view_token_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    snapshot BLOB NOT NULL
  ) STRICT;
  CREATE TABLE board_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    "update" BLOB NOT NULL
  ) STRICT;
  CREATE INDEX board_updates_by_board ON board_updates (board_id, seq);
  `,
  // 2: join codes, found by the hash of the stretched code, with the edit token sealed under it.
  `
  CREATE TABLE join_codes (
    code_hash BLOB PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    sealed_token BLOB NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX join_codes_by_board ON join_codes (board_id);
  `,
  // 3: the device each participant id of a board is bound to, by the hash of its key.
  `
  CREATE TABLE participant_devices (
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    key_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, participant_id)
  ) STRICT, WITHOUT ROWID;
  `,
  // 4: a scratch row /readyz writes to find out whether the database still takes writes.
  `
  CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    written_at INTEGER NOT NULL,
    padding BLOB NOT NULL
  ) STRICT;
  `,
  // 5: each person's private words on a board (shared/src/board/privateWords.ts), the document
  // `<board id>/private/<participant id>`, kept as a board's document is: a snapshot (written by
  // its first compaction; there is no row before) and the log of updates since. Not one log that
  // compaction rewrites as a row: on PostgreSQL an append committing during a compaction can hold
  // a lower seq than the new row, and a snapshot that loads first is the board's invariant too.
  `
  CREATE TABLE private_words (
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    snapshot BLOB NOT NULL,
    PRIMARY KEY (board_id, participant_id)
  ) STRICT;
  CREATE TABLE private_word_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    "update" BLOB NOT NULL
  ) STRICT;
  CREATE INDEX private_word_updates_by_document
    ON private_word_updates (board_id, participant_id, seq);
  `,
]

/** The schema version this code writes. */
export const SQL_SCHEMA_VERSION = MIGRATIONS.length

/**
 * Brings the database to SQL_SCHEMA_VERSION (or to `target`, for tests of a database an older
 * server left); refuses a database written by a newer version.
 */
export function migrateSqlSchema(db: Database.Database, target = SQL_SCHEMA_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > SQL_SCHEMA_VERSION) {
    throw new Error(
      `The database has schema version ${current}, newer than this server's ${SQL_SCHEMA_VERSION}; upgrade the server.`,
    )
  }
  for (let version = current + 1; version <= target; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1])
      db.pragma(`user_version = ${version}`)
    })()
  }
}
