import path from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import {
  Server,
  type Extension,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server'
import { runServerProcess } from './serverProcess'
import { HOCUSPOCUS_FILE, HOCUSPOCUS_TOKEN } from './hocuspocusSettings'

// B. Stock Hocuspocus 4.7: a token check and the smallest SQLite persistence that does the job,
// with its stock debounce (store 2 s after the last change, at the latest every 10 s).

/** Loads a document's stored state; stores the whole state when Hocuspocus asks. */
class SqlitePersistence implements Extension {
  private readonly db: Database.Database
  private readonly load
  private readonly store

  constructor(file: string) {
    this.db = new Database(file)
    // The same durability settings as Coboard's store, so the comparison is of design, not pragmas.
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    // `stored_seq` grows with every store, so the disk watcher can read only what changed.
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL, stored_seq INTEGER NOT NULL)',
    )
    this.load = this.db
      .prepare<[string], Buffer>('SELECT data FROM documents WHERE name = ?')
      .pluck()
    this.store = this.db.prepare<[string, Uint8Array]>(
      `INSERT INTO documents (name, data, stored_seq)
       VALUES (?, ?, (SELECT coalesce(max(stored_seq), 0) + 1 FROM documents))
       ON CONFLICT (name) DO UPDATE SET data = excluded.data, stored_seq = excluded.stored_seq`,
    )
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const stored = this.load.get(documentName)
    if (stored) Y.applyUpdate(document, stored)
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    this.store.run(documentName, Y.encodeStateAsUpdate(document))
  }

  close(): void {
    this.db.close()
  }
}

runServerProcess(async ({ dataDir }) => {
  const dataFile = path.join(dataDir, HOCUSPOCUS_FILE)
  const persistence = new SqlitePersistence(dataFile)
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async onAuthenticate({ token }) {
      if (token !== HOCUSPOCUS_TOKEN) throw new Error('no')
    },
    extensions: [persistence],
  })
  await server.listen()
  return {
    port: server.address.port,
    dataFile,
    close: async () => {
      await server.destroy()
      persistence.close()
    },
  }
})
