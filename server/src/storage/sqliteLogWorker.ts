import { parentPort, workerData } from 'node:worker_threads'
import { mergeStoredUpdates } from './mergeStoredUpdates'
import type { LogReply, LogRequest, LogWorkerData } from './sqliteLogProtocol'
import { openSqliteDatabase } from './openSqliteDatabase'

// The worker thread behind SqliteLogWriter: the only writer of the board log and snapshots. It
// commits every request that arrived while it was busy in one transaction, so under load many
// edits share one disk sync, and the server's event loop never waits for the disk.

const port = parentPort
if (!port) throw new Error('sqliteLogWorker runs in a worker thread')
const { file } = (workerData as { data: LogWorkerData }).data
const db = openSqliteDatabase(file)

const append = db.prepare<{ id: string; update: Uint8Array }>(
  // A document can outlive its board for a moment: appending to a deleted board adds nothing.
  `INSERT INTO board_updates (board_id, "update")
   SELECT @id, @update WHERE EXISTS (SELECT 1 FROM boards WHERE id = @id)`,
)
const storedSnapshot = db
  .prepare<[string], Buffer>('SELECT snapshot FROM boards WHERE id = ?')
  .pluck()
const log = db.prepare<[string], { seq: number; update: Buffer }>(
  'SELECT seq, "update" FROM board_updates WHERE board_id = ? ORDER BY seq',
)
const setSnapshot = db.prepare<[Uint8Array, string]>('UPDATE boards SET snapshot = ? WHERE id = ?')
const dropLog = db.prepare<[string, number]>(
  'DELETE FROM board_updates WHERE board_id = ? AND seq <= ?',
)

/**
 * The caller's document may not hold every logged row yet: a client's update is logged before it
 * is applied. So the rows dropped are merged into the new snapshot, and nothing is lost.
 */
function compact(boardId: string, snapshot: Uint8Array): LogReply & { ok: true } {
  if (storedSnapshot.get(boardId) === undefined) return { ticket: 0, ok: true, value: false }
  const rows = log.all(boardId)
  if (rows.length === 0) {
    setSnapshot.run(snapshot, boardId)
    return { ticket: 0, ok: true, value: true }
  }
  const { merged, skipped } = mergeStoredUpdates([snapshot, ...rows.map((row) => row.update)])
  setSnapshot.run(merged, boardId)
  dropLog.run(boardId, rows[rows.length - 1].seq)
  // Index 0 is the caller's snapshot; report stored rows from 0.
  return { ticket: 0, ok: true, value: true, skipped: skipped.map((index) => index - 1) }
}

function perform(request: LogRequest): LogReply {
  switch (request.op) {
    case 'append':
      return {
        ticket: request.ticket,
        ok: true,
        value: append.run({ id: request.boardId, update: request.update }).changes > 0,
      }
    case 'compact':
      return { ...compact(request.boardId, request.snapshot), ticket: request.ticket }
    case 'close':
      return { ticket: request.ticket, ok: true, value: true }
  }
}

let queue: LogRequest[] = []
let scheduled = false

/** Runs everything queued in one transaction; a failure fails the whole batch, and says why. */
function commitQueued(): void {
  scheduled = false
  const batch = queue
  queue = []
  let replies: LogReply[]
  try {
    replies = db.transaction(() => batch.map(perform))()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    replies = batch.map((request) => ({ ticket: request.ticket, ok: false, message }))
  }
  for (const reply of replies) port!.postMessage(reply)
  if (batch.some((request) => request.op === 'close')) {
    db.close()
    port!.close()
  }
}

port.on('message', (request: LogRequest) => {
  queue.push(request)
  if (scheduled) return
  scheduled = true
  // Messages that arrived together are delivered in one turn: they all join this commit.
  setImmediate(commitQueued)
})
