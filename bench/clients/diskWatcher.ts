import Database from 'better-sqlite3'
import { now } from '../clock'
import { serveRequests } from '../ipc'
import { editKey, findMarkers } from './workload'

// A process that reads a server's SQLite file through its own read-only connection, every few
// milliseconds, and notes when each edit marker first appears in committed rows. That is the
// moment the edit is on disk, whatever the server claims. Its own process, so its polling does
// not slow the orchestrator's timers or any client.

/** Which table holds what each server writes. */
export type StoreLayout = 'coboard-log' | 'hocuspocus-documents'

export interface WatchRequest {
  readonly file: string
  readonly layout: StoreLayout
  readonly pollMs: number
}

/** Reads the rows committed since the last read, given the highest `seq` seen so far. */
type ReadRows = (afterSeq: number) => { seq: number; data: Buffer }[]

const READERS: Readonly<Record<StoreLayout, (db: Database.Database) => ReadRows>> = {
  // Coboard appends every update to its log before acknowledging it.
  'coboard-log': (db) => {
    const rows = db.prepare<[number], { seq: number; data: Buffer }>(
      'SELECT seq, "update" AS data FROM board_updates WHERE seq > ? ORDER BY seq',
    )
    return (afterSeq) => rows.all(afterSeq)
  },
  // The stock SQLite extension overwrites one row per document and keeps no sequence: every
  // document is read again, but only after the file has changed.
  'hocuspocus-documents': (db) => {
    const rows = db.prepare<[], { seq: number; data: Buffer }>(
      'SELECT 0 AS seq, data FROM documents',
    )
    return () => rows.all()
  },
}

let timer: NodeJS.Timeout | null = null
let db: Database.Database | null = null
/** Edit key → when it was first seen on disk (shared clock). */
const seen = new Map<string, number>()
let polls = 0

serveRequests({
  start: ({ file, layout, pollMs }: WatchRequest) => {
    const reader = new Database(file, { readonly: true, fileMustExist: true })
    db = reader
    const readRows = READERS[layout](reader)
    let lastSeq = 0
    // Changes whenever another connection commits to the file; unchanged means nothing to read.
    let lastVersion: unknown = null
    const poll = () => {
      const version = reader.pragma('data_version', { simple: true })
      const found = version === lastVersion ? [] : readRows(lastSeq)
      lastVersion = version
      // Taken after the read: the row was committed before this, so the figure errs long.
      const at = now()
      polls++
      for (const row of found) {
        lastSeq = Math.max(lastSeq, row.seq)
        for (const marker of findMarkers(row.data.toString('latin1'))) {
          const key = editKey(marker.client, marker.seq)
          if (!seen.has(key)) seen.set(key, at)
        }
      }
      timer = setTimeout(poll, pollMs)
    }
    poll()
  },
  stop: () => {
    if (timer) clearTimeout(timer)
    db?.close()
    setTimeout(() => process.exit(0), 50)
    return { seen, polls }
  },
})
