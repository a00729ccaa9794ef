import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SqliteBoardStore } from './SqliteBoardStore'
import type { BoardRecord, JoinCodeRecord } from './BoardStore'

const bytes = (...values: number[]) => new Uint8Array(values)
const record = (id: string): BoardRecord => ({
  id,
  title: 'Board',
  editTokenHash: bytes(1, 2, 3),
  viewTokenHash: bytes(4, 5, 6),
  createdAt: 1_700_000_000_000,
})

/** A document's state after `edit`, and the update `edit` made. */
function edited(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  let update: Uint8Array = new Uint8Array()
  const record = (next: Uint8Array) => (update = next)
  doc.on('update', record)
  edit(doc)
  doc.off('update', record)
  return update
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('t').toString()
}

const joinCode = (boardId: string, hash = 7): JoinCodeRecord => ({
  codeHash: bytes(hash, hash),
  boardId,
  sealedToken: bytes(1, 1, 2, 3, 5, 8),
  createdAt: 1_700_000_000_000,
})

describe('SqliteBoardStore', () => {
  let dataDir: string
  let store: SqliteBoardStore

  beforeEach(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'coboard-store-')), 'nested', 'data')
    store = SqliteBoardStore.open(dataDir)
  })
  afterEach(async () => {
    await store.close()
    await rm(path.dirname(path.dirname(dataDir)), { recursive: true, force: true })
  })

  it('creates its folder and round-trips a board', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    const found = await store.findBoard('board-one')
    expect(found).toMatchObject({ id: 'board-one', title: 'Board', createdAt: 1_700_000_000_000 })
    expect([...found!.editTokenHash]).toEqual([1, 2, 3])
    expect(await store.findBoard('board-two')).toBeNull()
    await expect(store.createBoard(record('board-one'), bytes(9))).rejects.toThrow()
  })

  it('loads the snapshot first, then the log in order', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    expect(await store.appendUpdate('board-one', bytes(1))).toBe(true)
    expect(await store.appendUpdate('board-one', bytes(2))).toBe(true)
    expect((await store.loadUpdates('board-one')).map((u) => [...u])).toEqual([[9], [1], [2]])
  })

  it('compacts: new snapshot, empty log, other boards untouched', async () => {
    const doc = new Y.Doc()
    await store.createBoard(record('board-one'), Y.encodeStateAsUpdate(doc))
    await store.createBoard(record('board-two'), bytes(8))
    await store.appendUpdate(
      'board-one',
      edited(doc, (d) => d.getText('t').insert(0, 'we')),
    )
    await store.appendUpdate('board-two', bytes(2))
    const snapshot = Y.encodeStateAsUpdate(doc)
    expect(await store.compact('board-one', snapshot)).toBe(true)
    const stored = await store.loadUpdates('board-one')
    expect(stored).toHaveLength(1)
    expect(textOf(stored)).toBe('we')
    expect((await store.loadUpdates('board-two')).map((u) => [...u])).toEqual([[8], [2]])
  })

  it('keeps a logged update that the compacted document did not have yet', async () => {
    // A client's update is logged before the server applies it, so a compaction can start from
    // a document that lacks it: it must not be dropped with the log.
    const doc = new Y.Doc()
    await store.createBoard(record('board-one'), Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateAsUpdate(doc)
    const peer = new Y.Doc()
    Y.applyUpdate(peer, before)
    await store.appendUpdate(
      'board-one',
      edited(peer, (d) => d.getText('t').insert(0, 'they')),
    )
    expect(await store.compact('board-one', before)).toBe(true)
    const stored = await store.loadUpdates('board-one')
    expect(stored).toHaveLength(1)
    expect(textOf(stored)).toBe('they')
  })

  it('commits appends sent together, in order, and answers each', async () => {
    const doc = new Y.Doc()
    await store.createBoard(record('board-one'), Y.encodeStateAsUpdate(doc))
    const updates = Array.from({ length: 50 }, (_, i) =>
      edited(doc, (d) => d.getText('t').insert(i, String(i % 10))),
    )
    const results = await Promise.all(updates.map((u) => store.appendUpdate('board-one', u)))
    expect(results.every(Boolean)).toBe(true)
    const stored = await store.loadUpdates('board-one')
    expect(stored.slice(1).map((u) => [...u])).toEqual(updates.map((u) => [...u]))
    expect(textOf(stored)).toBe(doc.getText('t').toString())
  })

  it('leaves out stored rows that do not decode when it compacts', async () => {
    const doc = new Y.Doc()
    await store.createBoard(record('board-one'), Y.encodeStateAsUpdate(doc))
    await store.appendUpdate('board-one', bytes(255, 255, 255))
    const good = edited(doc, (d) => d.getText('t').insert(0, 'ok'))
    await store.appendUpdate('board-one', good)
    expect(await store.compact('board-one', Y.encodeStateAsUpdate(doc))).toBe(true)
    expect(textOf(await store.loadUpdates('board-one'))).toBe('ok')
  })

  it('rejects writes once closed, and says so', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    await store.appendUpdate('board-one', bytes(1))
    await store.close()
    await expect(store.appendUpdate('board-one', bytes(2))).rejects.toThrow(/closed/)
    store = SqliteBoardStore.open(dataDir)
    expect((await store.loadUpdates('board-one')).map((u) => [...u])).toEqual([[9], [1]])
  })

  it('treats a deleted board as gone rather than as a failure', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    await store.appendUpdate('board-one', bytes(1))
    expect(await store.deleteBoard('board-one')).toBe(true)
    expect(await store.deleteBoard('board-one')).toBe(false)
    expect(await store.loadUpdates('board-one')).toEqual([])
    expect(await store.appendUpdate('board-one', bytes(2))).toBe(false)
    expect(await store.compact('board-one', bytes(3))).toBe(false)
  })

  it('keeps a join code for its board only, and drops it with the board', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    await store.createBoard(record('board-two'), bytes(8))
    expect(await store.saveJoinCode(joinCode('board-one'))).toBe('saved')
    expect(await store.saveJoinCode({ ...joinCode('board-one'), sealedToken: bytes(0) })).toBe(
      'saved',
    )
    expect(await store.saveJoinCode(joinCode('board-two'))).toBe('taken')
    expect(await store.saveJoinCode(joinCode('no-such-board', 8))).toBe('no-board')
    expect(await store.findJoinCode(bytes(8, 8))).toBeNull()

    const found = await store.findJoinCode(bytes(7, 7))
    expect(found).toMatchObject({ boardId: 'board-one', createdAt: 1_700_000_000_000 })
    // Saving again kept the first row as it was.
    expect([...found!.sealedToken]).toEqual([1, 1, 2, 3, 5, 8])

    expect(await store.deleteBoard('board-one')).toBe(true)
    expect(await store.findJoinCode(bytes(7, 7))).toBeNull()
    expect(await store.saveJoinCode(joinCode('board-two'))).toBe('saved')
  })

  it('reopens an existing database and reports readiness', async () => {
    await store.createBoard(record('board-one'), bytes(9))
    expect(await store.isReady()).toBe(true)
    await store.close()
    await store.close()
    expect(await store.isReady()).toBe(false)
    store = SqliteBoardStore.open(dataDir)
    expect(await store.findBoard('board-one')).not.toBeNull()
  })
})
