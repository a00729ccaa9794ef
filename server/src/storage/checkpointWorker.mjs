// The thread WalCheckpoints runs SQLite's checkpoints on: a second connection to the store's
// file that does nothing but copy the WAL into the database when asked. Plain JavaScript, so it
// loads the same under tsx, vitest and plain Node with no loader in the thread.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

const db = new Database(workerData.file, { fileMustExist: true })

parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close()
    parentPort.close()
    return
  }
  try {
    // PASSIVE copies what it can without waiting for, or blocking, the store's writer.
    db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage({ ok: true })
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : 'failed' })
  }
})
