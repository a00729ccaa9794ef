import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { addNote, initBoard } from './operations'
import { readBoard } from './read'
import { repairBoard, touchedItemIds, MAX_ITEMS } from './repair'
import { migrateBoard, schemaVersionOf } from './migrations'
import { BOARD_SCHEMA_VERSION, MAX_TEXT_LENGTH, type ParticipantId } from './schema'

const author = { authorId: 'p1' as ParticipantId, role: 'provider' }

describe('repairBoard', () => {
  it('removes unknown kinds and clamps hostile fields, and every peer converges on the repair', () => {
    const server = new Y.Doc()
    initBoard(server, { title: 'Board' })
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    const { items } = getBoardRoots(client)
    const id = addNote(client, { x: 0, y: 0, ...author, text: 'ok' })
    client.transact(() => {
      items.get(id)!.set('x', Number.NaN)
      items.get(id)!.set('y', 1e300)
      items.get(id)!.set('color', '<script>')
      items.get(id)!.set('text', 'x'.repeat(MAX_TEXT_LENGTH * 3))
      const alien = new Y.Map<unknown>()
      items.set('alien', alien)
      alien.set('kind', 'spaceship')
    })
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    expect(repairBoard(server)).toBeGreaterThanOrEqual(5)
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    for (const doc of [server, client]) {
      const map = getBoardRoots(doc).items
      expect(map.has('alien')).toBe(false)
      expect(map.get(id)!.get('x')).toBe(0)
      expect(map.get(id)!.get('y')).toBe(1_000_000)
      expect(map.get(id)!.get('color')).toBe('yellow')
      expect((map.get(id)!.get('text') as Y.Text).length).toBe(MAX_TEXT_LENGTH)
    }
    expect(repairBoard(server)).toBe(0)
  })

  it('finds the items a transaction touched', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Board' })
    const a = addNote(doc, { x: 0, y: 0, ...author })
    const b = addNote(doc, { x: 0, y: 0, ...author })
    let touched = new Set<string>()
    doc.on('afterTransaction', (tr: Y.Transaction) => (touched = touchedItemIds(tr, doc)))
    ;(getBoardRoots(doc).items.get(a)!.get('text') as Y.Text).insert(0, 'hi')
    expect([...touched]).toEqual([a])
    getBoardRoots(doc).items.delete(b)
    expect([...touched]).toEqual([b])
  })

  it('caps the number of items', () => {
    const doc = new Y.Doc()
    const { items } = getBoardRoots(doc)
    doc.transact(() => {
      for (let i = 0; i < MAX_ITEMS + 5; i++) {
        const map = new Y.Map<unknown>()
        items.set(`n${i}`, map)
        map.set('kind', 'note')
      }
    })
    repairBoard(doc, [])
    expect(items.size).toBe(MAX_ITEMS)
  })
})

describe('migrateBoard', () => {
  it('stamps an unversioned document and leaves a current one alone', () => {
    const doc = new Y.Doc()
    getBoardRoots(doc).meta.set('title', 'Old board')
    expect(schemaVersionOf(doc)).toBe(0)
    expect(migrateBoard(doc)).toEqual([1])
    expect(schemaVersionOf(doc)).toBe(BOARD_SCHEMA_VERSION)
    expect(readBoard(doc).meta.roles.length).toBe(4)
    expect(migrateBoard(doc)).toEqual([])
  })
})
