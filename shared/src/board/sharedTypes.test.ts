import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { addNote, initBoard } from './operations'
import { readBoard } from './read'
import { REPAIR_ORIGIN, repairBoard } from './repair'
import { isPlainMap, isPlainText, MAX_TYPE_DEPTH } from './sharedTypes'
import type { ItemId, ParticipantId } from './schema'

const author = { authorId: 'p1' as ParticipantId, role: 'provider' }

/** A server-side board holding what `build` wrote on a client, applied as one update. */
function boardWith(build: (client: Y.Doc) => void): Y.Doc {
  const client = new Y.Doc()
  initBoard(client, { title: 'Board' })
  client.transact(() => build(client))
  const server = new Y.Doc()
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
  client.destroy()
  return server
}

/** Nests `depth` maps under `parent[key]`, integrated level by level (no recursion here). */
function nest(parent: Y.Map<unknown>, key: string, depth: number): void {
  let map = new Y.Map<unknown>()
  parent.set(key, map)
  for (let i = 1; i < depth; i++) {
    const next = new Y.Map<unknown>()
    map.set('k', next)
    map = next
  }
}

/** Whether `doc` still emits updates: Yjs stops for good once a cleanup has thrown. */
function stillEmitsUpdates(doc: Y.Doc): boolean {
  let emitted = false
  const listener = () => (emitted = true)
  doc.on('update', listener)
  getBoardRoots(doc).meta.set('title', 'after')
  doc.off('update', listener)
  return (
    emitted &&
    (doc as unknown as { _transactionCleanups: unknown[] })._transactionCleanups.length === 0
  )
}

describe('exact shared types', () => {
  it('tells a Y.XmlText from a Y.Text and a Y.XmlHook from a Y.Map', () => {
    expect(isPlainText(new Y.Text())).toBe(true)
    expect(isPlainText(new Y.XmlText())).toBe(false)
    expect(isPlainMap(new Y.Map())).toBe(true)
    expect(isPlainMap(new Y.XmlHook('hook'))).toBe(false)
  })

  it('repair takes apart a 4,000-deep chain of maps without overflowing the stack', () => {
    const board = boardWith((client) =>
      nest(getBoardRoots(client).items as Y.Map<unknown>, 'deep', 4_000),
    )
    expect(repairBoard(board)).toBeGreaterThan(0)
    expect(getBoardRoots(board).items.has('deep')).toBe(false)
    expect(stillEmitsUpdates(board)).toBe(true)
  })

  it('repair cuts types nested too deep inside a valid note, and under the roster', () => {
    let id = '' as ItemId
    const board = boardWith((client) => {
      id = addNote(client, { x: 0, y: 0, ...author, text: 'keep me' })
      nest(getBoardRoots(client).items.get(id)!, 'junk', 2_000)
      const person = new Y.Map<unknown>()
      getBoardRoots(client).participants.set('p1', person)
      person.set('name', 'Ada')
      nest(person, 'junk', 50)
    })
    repairBoard(board)
    expect(readBoard(board).items.get(id)).toMatchObject({ kind: 'note', text: 'keep me' })
    // What is left of the junk ends at the deepest level a board may hold.
    let depth = 1
    let map = getBoardRoots(board).items.get(id)!.get('junk') as Y.Map<unknown> | undefined
    while (map) {
      depth++
      map = map.get('k') as Y.Map<unknown> | undefined
    }
    expect(depth).toBe(MAX_TYPE_DEPTH)
    expect(stillEmitsUpdates(board)).toBe(true)
  })

  it('repair takes a Y.XmlText out of a note, and a Y.XmlHook off the board', () => {
    let id = '' as ItemId
    const board = boardWith((client) => {
      id = addNote(client, { x: 0, y: 0, ...author, text: 'hi' })
      const text = new Y.XmlText()
      getBoardRoots(client).items.get(id)!.set('text', text)
      let element = new Y.XmlElement('p')
      text.insertEmbed(0, element)
      for (let i = 0; i < 3_000; i++) {
        const next = new Y.XmlElement('p')
        element.insert(0, [next])
        element = next
      }
      const hook = new Y.XmlHook('note')
      getBoardRoots(client).items.set('hook', hook as unknown as Y.Map<unknown>)
      hook.set('kind', 'note')
    })
    // Readers take neither for what it pretends to be.
    expect(readBoard(board).items.get(id)).toMatchObject({ text: '' })
    expect(readBoard(board).items.has('hook' as ItemId)).toBe(false)
    repairBoard(board, [id, 'hook' as ItemId])
    expect(getBoardRoots(board).items.get(id)!.get('text')).toBeUndefined()
    expect(getBoardRoots(board).items.has('hook')).toBe(false)
    expect(stillEmitsUpdates(board)).toBe(true)
  })

  it('every peer converges on the repair, sent as the updates it made', () => {
    const board = boardWith((client) =>
      nest(getBoardRoots(client).items as Y.Map<unknown>, 'deep', 500),
    )
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(board))
    board.on('update', (update: Uint8Array, origin: unknown) => {
      expect(origin).toBe(REPAIR_ORIGIN)
      Y.applyUpdate(peer, update)
    })
    repairBoard(board)
    expect(getBoardRoots(peer).items.has('deep')).toBe(false)
    expect(Y.encodeStateVector(peer)).toEqual(Y.encodeStateVector(board))
  })
})
