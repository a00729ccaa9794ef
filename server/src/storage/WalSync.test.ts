import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { WalSync } from './WalSync'

describe('WalSync', () => {
  const folders: string[] = []
  afterEach(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
  })

  const openDatabase = () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coboard-wal-'))
    folders.push(folder)
    const file = path.join(folder, 'board.sqlite')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.exec('CREATE TABLE rows (value TEXT)')
    return { db, wal: new WalSync(`${file}-wal`) }
  }

  it('lets callers who ask during a sync share the next one, which starts after it', async () => {
    const { db, wal } = openDatabase()
    db.prepare('INSERT INTO rows VALUES (?)').run('first')
    const running = wal.flush()
    db.prepare('INSERT INTO rows VALUES (?)').run('second')
    const next = wal.flush()
    const alsoNext = wal.flush()
    expect(next).not.toBe(running)
    expect(alsoNext).toBe(next)
    await Promise.all([running, next])
    // Both syncs are over: a new call starts a sync of its own.
    const later = wal.flush()
    expect(later).not.toBe(next)
    await later
    await wal.close()
    db.close()
  })

  it('rejects with the reason when the log cannot be synced, and recovers once it can', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coboard-wal-'))
    folders.push(folder)
    const wal = new WalSync(path.join(folder, 'missing.sqlite-wal'))
    await expect(wal.flush()).rejects.toThrow(/ENOENT/)
    fs.writeFileSync(path.join(folder, 'missing.sqlite-wal'), '')
    await expect(wal.flush()).resolves.toBeUndefined()
    await wal.close()
  })
})
