import Database from 'better-sqlite3'

/**
 * Opens a connection to the board database with the settings every connection to it needs: the
 * main thread's (reads, boards, join codes) and the log writer's.
 */
export function openSqliteDatabase(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // WAL with synchronous=NORMAL survives a crash of this process but can lose the last commits
  // on power loss; FULL syncs the WAL on every commit, so an acknowledged edit is on the disk.
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  // The two connections take turns at writing; a write waits for the other's commit.
  db.pragma('busy_timeout = 5000')
  return db
}
