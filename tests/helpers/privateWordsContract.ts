import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import { expect, it } from 'vitest'
import {
  privateWordsDocName,
  readPrivateWords,
  writePrivateWords,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import type { BoardRecord, BoardStore } from '../../server/src/storage/BoardStore'
import { applyStoredUpdates } from '../../server/src/storage/applyStoredUpdates'

// The BoardStore contract for private-words documents (`<board id>/private/<participant id>`),
// run against SQLite (server/src/storage) and PostgreSQL (tests/integration) alike. Each test
// makes boards of its own, so stores that share one database between tests do not meet.

const ada = 'ada' as ParticipantId
const bea = 'bea' as ParticipantId
const note = 'note-1' as ItemId

/** The update of an empty Y.Doc, which a document with nothing stored loads as. */
const EMPTY = [...Y.encodeStateAsUpdate(new Y.Doc())]

/** A board id no other test uses (ids are 8 to 64 of `[A-Za-z0-9_-]`). */
export function uniqueBoardId(): string {
  return `board-${randomBytes(6).toString('hex')}`
}

/** A board's record; only the id matters here. */
export function boardRecord(id: string): BoardRecord {
  return {
    id,
    title: 'Board',
    editTokenHash: new Uint8Array([1, 2, 3]),
    viewTokenHash: new Uint8Array([4, 5, 6]),
    createdAt: 1_700_000_000_000,
  }
}

/** A person's private document as their device holds it, with the updates it made. */
export class WordsWriter {
  readonly doc = new Y.Doc()
  private readonly made: Uint8Array[] = []

  constructor() {
    this.doc.on('update', (update: Uint8Array) => this.made.push(update))
  }

  /** Writes `text` as the note's words and returns the updates that took. */
  write(text: string, itemId = note): Uint8Array[] {
    const from = this.made.length
    writePrivateWords(this.doc, itemId, 'note', 'text', text)
    return this.made.slice(from)
  }

  /** The whole document, as Persistence compacts it. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc)
  }
}

/** The words stored rows add up to: item id → text. */
export function storedWords(rows: readonly Uint8Array[]): Record<string, string | undefined> {
  const doc = new Y.Doc()
  try {
    expect(applyStoredUpdates(doc, rows)).toEqual([])
    return Object.fromEntries(
      [...readPrivateWords(doc)].map(([id, words]) => [id, words.text] as const),
    )
  } finally {
    doc.destroy()
  }
}

async function appendAll(store: BoardStore, name: string, updates: readonly Uint8Array[]) {
  for (const update of updates) expect(await store.appendUpdate(name, update)).toBe(true)
}

/** Registers the contract's tests; `store` gives the store under test, opened by the caller. */
export function itStoresPrivateWords(store: () => BoardStore): void {
  it('round-trips private words through appends, a compaction and later appends', async () => {
    const boardId = uniqueBoardId()
    const name = privateWordsDocName(boardId, ada)
    await store().createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    const device = new WordsWriter()

    await appendAll(store(), name, device.write('we never'))
    await appendAll(store(), name, device.write('we never asked'))
    const logged = await store().loadUpdates(name)
    expect(logged.length).toBeGreaterThan(1)
    expect(storedWords(logged)).toEqual({ [note]: 'we never asked' })

    expect(await store().compact(name, device.state())).toBe(true)
    const compacted = await store().loadUpdates(name)
    expect(compacted).toHaveLength(1)
    expect(storedWords(compacted)).toEqual({ [note]: 'we never asked' })

    // Appended after the compaction: loads after the snapshot.
    await appendAll(store(), name, device.write('we never asked them'))
    const after = await store().loadUpdates(name)
    expect(after).toHaveLength(2)
    expect(storedWords(after)).toEqual({ [note]: 'we never asked them' })
    // The board's own document is untouched.
    expect((await store().loadUpdates(boardId)).map((row) => [...row])).toEqual([[0, 0]])
  })

  it('loads nothing for a board that does not exist, and stores nothing for it', async () => {
    const boardId = uniqueBoardId()
    const name = privateWordsDocName(boardId, ada)
    const device = new WordsWriter()
    expect(await store().loadUpdates(name)).toEqual([])
    for (const update of device.write('lost')) {
      expect(await store().appendUpdate(name, update)).toBe(false)
    }
    expect(await store().compact(name, device.state())).toBe(false)
    // Created now, the board's private document holds nothing from before.
    await store().createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    expect((await store().loadUpdates(name)).map((row) => [...row])).toEqual([EMPTY])
  })

  it('loads one empty update for an existing board with nothing stored', async () => {
    const boardId = uniqueBoardId()
    await store().createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    const rows = await store().loadUpdates(privateWordsDocName(boardId, ada))
    expect(rows.map((row) => [...row])).toEqual([EMPTY])
    expect(storedWords(rows)).toEqual({})
  })

  it("keeps two participants' documents apart", async () => {
    const boardId = uniqueBoardId()
    const other = uniqueBoardId()
    await store().createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    await store().createBoard(boardRecord(other), new Uint8Array([0, 0]))
    const adas = new WordsWriter()
    const beas = new WordsWriter()
    await appendAll(store(), privateWordsDocName(boardId, ada), adas.write('ada writes'))
    await appendAll(store(), privateWordsDocName(boardId, bea), beas.write('bea writes'))
    await appendAll(store(), privateWordsDocName(other, ada), new WordsWriter().write('elsewhere'))

    expect(await store().compact(privateWordsDocName(boardId, ada), adas.state())).toBe(true)
    expect(storedWords(await store().loadUpdates(privateWordsDocName(boardId, ada)))).toEqual({
      [note]: 'ada writes',
    })
    const beasRows = await store().loadUpdates(privateWordsDocName(boardId, bea))
    expect(beasRows).toHaveLength(1)
    expect(storedWords(beasRows)).toEqual({ [note]: 'bea writes' })
    expect(storedWords(await store().loadUpdates(privateWordsDocName(other, ada)))).toEqual({
      [note]: 'elsewhere',
    })
  })

  it('deletes private words with their board', async () => {
    const boardId = uniqueBoardId()
    const adaName = privateWordsDocName(boardId, ada)
    const beaName = privateWordsDocName(boardId, bea)
    await store().createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    const adas = new WordsWriter()
    await appendAll(store(), adaName, adas.write('compacted'))
    expect(await store().compact(adaName, adas.state())).toBe(true)
    await appendAll(store(), adaName, adas.write('compacted, then logged'))
    await appendAll(store(), beaName, new WordsWriter().write('logged only'))

    expect(await store().deleteBoard(boardId)).toBe(true)
    expect(await store().loadUpdates(adaName)).toEqual([])
    expect(await store().loadUpdates(beaName)).toEqual([])
    expect(await store().appendUpdate(adaName, adas.write('too late')[0])).toBe(false)
    expect(await store().compact(adaName, adas.state())).toBe(false)
    // A board made again with the same id starts with no private words.
    await store().createBoard(boardRecord(boardId), new Uint8Array([0, 0]))
    expect((await store().loadUpdates(adaName)).map((row) => [...row])).toEqual([EMPTY])
    expect((await store().loadUpdates(beaName)).map((row) => [...row])).toEqual([EMPTY])
  })
}
