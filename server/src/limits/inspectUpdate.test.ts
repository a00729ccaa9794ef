import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addNote, deleteItem, editText, initBoard, joinBoard, moveItem } from '@coboard/shared'
import type { ItemId, ParticipantId } from '@coboard/shared'
import { createRandom, type Random } from '../../../tests/fuzz/random'
import { hostileUpdates, manyStructs } from '../../../tests/helpers/hostileUpdates'
import { inspectUpdate } from './inspectUpdate'

const BUDGET = 100_000

/** Random edits of every kind of shared type Yjs has, by a few peers that sync now and then. */
function randomUpdates(random: Random): Uint8Array[] {
  const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
  // Fixed client ids, item ids and clock (see the beforeEach), so a seed gives the same bytes.
  peers.forEach((peer, i) => (peer.clientID = i + 1))
  const updates: Uint8Array[] = []
  for (const peer of peers) peer.on('update', (update: Uint8Array) => updates.push(update))
  const ada = 'ada' as ParticipantId
  initBoard(peers[0], { title: 'Fuzz' })
  const notes: ItemId[] = []
  for (let step = 0; step < 60; step++) {
    const doc = random.pick(peers)
    const text = doc.getText('text')
    const array = doc.getArray<unknown>('array')
    switch (random.int(10)) {
      case 0:
        notes.push(
          addNote(doc, {
            id: `note-${step}` as ItemId,
            x: random.int(999),
            y: 1,
            authorId: ada,
            role: 'p',
            text: 'é✓',
          }),
        )
        break
      case 1:
        if (notes.length) editText(doc, random.pick(notes), 'text', `typed ${random.int(1e6)} 🙂`)
        break
      case 2:
        if (notes.length) moveItem(doc, random.pick(notes), random.int(100), -random.int(100))
        break
      case 3:
        if (notes.length) deleteItem(doc, random.pick(notes))
        break
      case 4:
        text.insert(random.int(text.length + 1), 'ab', random.chance(0.5) ? { bold: true } : {})
        if (text.length > 4) text.delete(random.int(text.length - 2), 2)
        break
      case 5:
        text.insertEmbed(0, { image: 'x.png' })
        text.format(0, Math.min(3, text.length), { italic: random.chance(0.5) || null })
        break
      case 6:
        array.insert(0, [
          1,
          -2.5,
          2 ** 40,
          'x',
          null,
          true,
          { a: [1, { b: 2 }] },
          new Uint8Array([1, 2]),
        ])
        if (array.length > 3) array.delete(1, 2)
        break
      case 7: {
        // Nested shared types, as deep as a board nests them (XML types are refused: see below).
        const inner = new Y.Map<unknown>()
        doc.getMap('nested').set(`m${step}`, inner)
        inner.set('list', new Y.Array<unknown>())
        inner.set('text', new Y.Text('hi'))
        break
      }
      case 8:
        doc.getMap('docs').set(`sub${step}`, new Y.Doc({ guid: `sub-${step}` }))
        joinBoard(doc, { id: `p${random.int(5)}` as ParticipantId, name: 'Name', role: 'provider' })
        break
      default: {
        // Sync two peers, as a provider does: each sends what the other lacks.
        const [a, b] = [random.pick(peers), random.pick(peers)]
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
      }
    }
  }
  updates.push(Y.mergeUpdates(updates.slice(0, 20)))
  for (const peer of peers) {
    updates.push(Y.encodeStateAsUpdate(peer))
    peer.destroy()
  }
  return updates
}

/** A copy of `bytes` with one random damage: a flipped bit, a cut, a splice or a repeat. */
function mutate(random: Random, bytes: Uint8Array, donor: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes)
  const at = random.int(Math.max(1, bytes.length))
  switch (random.int(4)) {
    case 0:
      copy[at] ^= 1 << random.int(8)
      return copy
    case 1:
      return copy.subarray(0, at)
    case 2:
      return Uint8Array.from([
        ...bytes.subarray(0, at),
        ...donor.subarray(random.int(donor.length)),
      ])
    default:
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at - random.int(8))])
  }
}

describe('inspectUpdate', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('accepts every update that real documents produce', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const update of randomUpdates(createRandom(seed))) {
        expect(inspectUpdate(update, BUDGET), `seed ${seed}`).toBeNull()
      }
    }
  })

  it.each(hostileUpdates().map((hostile) => [hostile.name, hostile] as const))(
    'says what is wrong with %s',
    (_name, hostile) => {
      expect(inspectUpdate(hostile.update, BUDGET)).toBe(hostile.expected)
      if (hostile.expected !== null) return
      // What passes must be harmless to Yjs.
      const doc = new Y.Doc()
      Y.applyUpdate(doc, hostile.update)
      doc.destroy()
    },
  )

  it.each([
    ['an XmlElement', () => new Y.XmlElement('p')],
    ['an XmlFragment', () => new Y.XmlFragment()],
    ['an XmlHook', () => new Y.XmlHook('hook')],
    ['an XmlText (which passes instanceof Y.Text)', () => new Y.XmlText('hi')],
  ] as const)('refuses %s anywhere, however shallow', (_name, make) => {
    const doc = new Y.Doc()
    doc.getMap('items').set('x', make())
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc), BUDGET)).toBe('too-large')
    doc.destroy()
  })

  it('counts structs against the budget', () => {
    expect(inspectUpdate(manyStructs(7, 1_000), 1_000)).toBeNull()
    expect(inspectUpdate(manyStructs(7, 1_001), 1_000)).toBe('too-large')
  })

  // The property that matters: whatever it lets through, Yjs decodes and applies in bounded time.
  it('lets through only what Yjs decodes and applies at once (seeded mutations)', () => {
    const seed = Number(process.env.UPDATE_FUZZ_SEED ?? 20_240_601)
    const runs = process.env.SOAK ? 20_000 : 2_000
    const random = createRandom(seed)
    const corpus = randomUpdates(createRandom(seed))
    let accepted = 0
    for (let run = 0; run < runs; run++) {
      const update = mutate(random, random.pick(corpus), random.pick(corpus))
      if (inspectUpdate(update, BUDGET) !== null) continue
      accepted += 1
      expect(() => Y.decodeUpdate(update), `seed ${seed} run ${run}`).not.toThrow()
      const doc = new Y.Doc()
      const started = performance.now()
      try {
        Y.applyUpdate(doc, update)
      } catch {
        // Yjs may still refuse what makes no sense (a parent that is not a type); it must not hang.
      }
      expect(performance.now() - started, `seed ${seed} run ${run}`).toBeLessThan(1_000)
      doc.destroy()
    }
    console.log(`inspectUpdate fuzz: seed ${seed}, ${runs} mutations, ${accepted} accepted`)
  })
})
