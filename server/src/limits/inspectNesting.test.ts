import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addNote,
  addOutcome,
  getBoardRoots,
  initBoard,
  setStance,
  type ParticipantId,
  type RoleId,
} from '@coboard/shared'
import { nestedMapChain } from '../../../tests/helpers/nestedTypes'
import { inspectNesting, MAX_TYPE_DEPTH } from './inspectNesting'

const BUDGET = 100_000
const ada = 'ada' as ParticipantId

/** A chain of `depth` maps below root `items`, the deepest holding a text. */
function chain(doc: Y.Doc, depth: number): Y.Map<unknown> {
  let map = new Y.Map<unknown>()
  getBoardRoots(doc).items.set('chain', map)
  for (let i = 1; i < depth; i++) {
    const next = new Y.Map<unknown>()
    map.set('k', next)
    map = next
  }
  return map
}

/** What `edit` adds to `doc`, as the update a client would send. */
function updateFrom(doc: Y.Doc, edit: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc)
  edit()
  return Y.encodeStateAsUpdate(doc, before)
}

describe('inspectNesting', () => {
  it('accepts what the board itself writes, at its deepest', () => {
    const client = new Y.Doc()
    const server = new Y.Doc()
    initBoard(client, { title: 'Deep enough' })
    addNote(client, { x: 0, y: 0, authorId: ada, role: 'provider', text: 'hello' })
    const outcome = addOutcome(client, { x: 0, y: 0, authorId: ada, role: 'provider' })
    setStance(client, outcome, { participantId: ada, role: 'provider' as RoleId }, 'agree')
    const update = Y.encodeStateAsUpdate(client)
    expect(inspectNesting(update, server, BUDGET)).toBeNull()
  })

  it(`accepts types ${MAX_TYPE_DEPTH} deep and refuses one level more`, () => {
    const ok = new Y.Doc()
    chain(ok, MAX_TYPE_DEPTH)
    expect(inspectNesting(Y.encodeStateAsUpdate(ok), new Y.Doc(), BUDGET)).toBeNull()
    const deep = new Y.Doc()
    chain(deep, MAX_TYPE_DEPTH + 1)
    expect(inspectNesting(Y.encodeStateAsUpdate(deep), new Y.Doc(), BUDGET)).toBe('too-deep')
  })

  it('counts the levels the board already has', () => {
    const client = new Y.Doc()
    const deepest = chain(client, MAX_TYPE_DEPTH)
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    // One more map below the deepest: its parent is an item only the server's store holds.
    const below = updateFrom(client, () => deepest.set('k', new Y.Map()))
    expect(inspectNesting(below, server, BUDGET)).toBe('too-deep')
  })

  it('follows neighbours (origins) to the parent, in the update and in the board', () => {
    const client = new Y.Doc()
    const server = new Y.Doc()
    const list = new Y.Array<unknown>()
    chain(client, MAX_TYPE_DEPTH - 1).set('list', list)
    list.insert(0, ['a', 'b'])
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    // Inserted after 'b': the update names only its left neighbour, which the board holds.
    const next = updateFrom(client, () => list.insert(2, [new Y.Map()]))
    expect(inspectNesting(next, server, BUDGET)).toBe('too-deep')
    const text = updateFrom(client, () => list.insert(0, ['plain text is no type']))
    expect(inspectNesting(text, server, BUDGET)).toBeNull()
  })

  it('finds a parent written after its child in the update (clients in any order)', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.clientID = 1
    b.clientID = 2
    chain(a, MAX_TYPE_DEPTH)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const deepest = getBoardRootsDeepest(b)
    deepest.set('k', new Y.Map())
    // Yjs writes client 2 (the child) before client 1 (its parents).
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)])
    expect(inspectNesting(merged, new Y.Doc(), BUDGET)).toBe('too-deep')
  })

  it('asks for a resync when a type sits under history the board lacks', () => {
    const client = new Y.Doc()
    const deepest = chain(client, 1)
    const after = updateFrom(client, () => deepest.set('k', new Y.Map()))
    expect(inspectNesting(after, new Y.Doc(), BUDGET)).toBe('unresolved')
    // Plain values under missing history are Yjs's own business (it holds them back).
    const plain = updateFrom(client, () => deepest.set('v', 1))
    expect(inspectNesting(plain, new Y.Doc(), BUDGET)).toBeNull()
  })

  it('passes a type whose parent is gone (Yjs garbage collects it)', () => {
    const client = new Y.Doc()
    const server = new Y.Doc()
    const note = chain(client, 1)
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
    getBoardRoots(server).items.delete('chain')
    const late = updateFrom(client, () => note.set('k', new Y.Map()))
    expect(inspectNesting(late, server, BUDGET)).toBeNull()
  })

  it('refuses the 4,000-deep chain of the attack in linear time, without recursing', () => {
    const update = nestedMapChain(4_000)
    const started = performance.now()
    expect(inspectNesting(update, new Y.Doc(), BUDGET)).toBe('too-deep')
    expect(performance.now() - started).toBeLessThan(200)
    // Twenty thousand levels would overflow any recursive walk.
    const long = nestedMapChain(20_000)
    expect(inspectNesting(long, new Y.Doc(), 1_000_000)).toBe('too-deep')
  })

  it('never throws on bytes that are not an update', () => {
    expect(inspectNesting(new Uint8Array([1, 2, 3]), new Y.Doc(), BUDGET)).toBe('malformed')
  })
})

function getBoardRootsDeepest(doc: Y.Doc): Y.Map<unknown> {
  let map = getBoardRoots(doc).items.get('chain') as Y.Map<unknown>
  while (map.get('k') instanceof Y.Map) map = map.get('k') as Y.Map<unknown>
  return map
}
