import * as Y from 'yjs'

// Hand-built Yjs v1 updates that a well-behaved client never sends, for the tests of the frame
// checks. Each one names the trouble it stands for; `expected` is what inspectUpdate should say.

/** A tiny lib0-compatible encoder, so the bytes below are spelled out rather than generated. */
export class Bytes {
  private readonly out: number[] = []

  uint8(value: number): this {
    this.out.push(value & 0xff)
    return this
  }

  varUint(value: number): this {
    let rest = value
    while (rest >= 0x80) {
      this.out.push((rest % 0x80) | 0x80)
      rest = Math.floor(rest / 0x80)
    }
    this.out.push(rest)
    return this
  }

  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.out.push(bytes[i])
    return this
  }

  varBytes(bytes: ArrayLike<number>): this {
    return this.varUint(bytes.length).raw(bytes)
  }

  varString(text: string): this {
    return this.varBytes(new TextEncoder().encode(text))
  }

  toUint8Array(): Uint8Array {
    return Uint8Array.from(this.out)
  }
}

/** Info byte of a struct: content kind in the low five bits, 0x20 when it has a map key. */
const ANY_WITH_KEY = 8 | 0x20
const EMPTY_DELETE_SET = [0]

/** An update with one client's structs, each written by `struct`, and an empty delete set. */
function structsOf(count: number, struct: (bytes: Bytes, index: number) => void, clock = 0) {
  const bytes = new Bytes().varUint(1).varUint(count).varUint(7).varUint(clock)
  for (let i = 0; i < count; i++) struct(bytes, i)
  return bytes.raw(EMPTY_DELETE_SET).toUint8Array()
}

/** A map entry `key: value` in root map `root`, as Yjs writes it (value: a lib0 `any`). */
function mapEntry(bytes: Bytes, root: string, key: string, value: (bytes: Bytes) => void) {
  bytes.uint8(ANY_WITH_KEY).varUint(1).varString(root).varString(key).varUint(1)
  value(bytes)
}

/** An array nested `depth` levels deep, as one lib0 `any` value. */
function nestedArray(depth: number) {
  return (bytes: Bytes) => {
    for (let i = 0; i < depth; i++) bytes.uint8(117).varUint(1)
    bytes.uint8(126) // null at the bottom
  }
}

export interface HostileUpdate {
  readonly name: string
  readonly update: Uint8Array
  /** What inspectUpdate says about it with the default operation budget (100,000). */
  readonly expected: 'malformed' | 'too-large' | null
}

/** The catalogue. Building it is cheap (the largest is a few hundred kilobytes). */
export function hostileUpdates(): HostileUpdate[] {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'hello world')
  doc.getMap('m').set('k', { nested: [1, 2, 3] })
  const valid = Y.encodeStateAsUpdate(doc)
  const v2 = Y.encodeStateAsUpdateV2(doc)
  doc.destroy()

  return [
    // yjs#479: base64 of "garbagedoc", which once sent lib0's readVarUint into an endless loop.
    {
      name: 'garbage (yjs#479)',
      update: Buffer.from('garbagedoc', 'base64'),
      expected: 'malformed',
    },
    // yjs#498: an empty buffer, the same loop.
    { name: 'an empty update (yjs#498)', update: new Uint8Array(), expected: 'malformed' },
    {
      name: 'a truncated update',
      update: valid.subarray(0, valid.length - 3),
      expected: 'malformed',
    },
    // yjs#687: the v2 format's run-length decoders repeat their last value forever once the
    // bytes end. This server decodes only v1 from peers, and read as v1 these bytes say little.
    { name: 'a v2 update sent as v1 (yjs#687)', update: v2, expected: null },
    {
      name: 'a struct count of 2^40 in a dozen bytes',
      update: new Bytes()
        .varUint(1)
        .varUint(2 ** 40)
        .varUint(1)
        .varUint(0)
        .toUint8Array(),
      expected: 'malformed',
    },
    {
      name: 'a client count of 2^50',
      update: new Bytes().varUint(2 ** 50).toUint8Array(),
      expected: 'malformed',
    },
    {
      name: 'a varint longer than 2^53',
      update: new Bytes()
        .raw([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])
        .toUint8Array(),
      expected: 'malformed',
    },
    {
      name: 'a client listed twice',
      update: new Bytes()
        .varUint(2)
        .raw([1, 7, 0, 0, 1]) // one GC struct of length 1 for client 7
        .raw([1, 7, 1, 0, 1]) // and client 7 again
        .raw(EMPTY_DELETE_SET)
        .toUint8Array(),
      expected: 'malformed',
    },
    {
      name: 'an unknown content kind',
      update: structsOf(1, (bytes) => bytes.uint8(11).varUint(1).varString('m')),
      expected: 'malformed',
    },
    {
      name: 'text that is not UTF-8',
      update: structsOf(1, (bytes) =>
        bytes.uint8(4).varUint(1).varString('t').varBytes([0xff, 0xfe]),
      ),
      expected: 'malformed',
    },
    // Found by the seeded mutation test (seeds 1 and 2): a skip with flags, which Yjs's two
    // readers read differently, and a subdocument without options, on which Yjs throws.
    {
      name: 'a skip struct with flags',
      update: structsOf(1, (bytes) => bytes.uint8(10 | 0x20).varUint(1)),
      expected: 'malformed',
    },
    {
      name: 'a subdocument with null options',
      update: structsOf(1, (bytes) =>
        bytes.uint8(9).varUint(1).varString('m').varString('guid').uint8(126),
      ),
      expected: 'malformed',
    },
    {
      name: '10,000 delete ranges over the same clocks',
      update: (() => {
        const bytes = new Bytes().varUint(0).varUint(1).varUint(7).varUint(10_000)
        for (let i = 0; i < 10_000; i++) bytes.varUint(0).varUint(1_000_000)
        return bytes.toUint8Array()
      })(),
      expected: 'malformed',
    },
    {
      name: 'a clock past 2^53',
      update: structsOf(2, (bytes) => bytes.uint8(0).varUint(2 ** 52), 2 ** 52),
      expected: 'too-large',
    },
    {
      name: 'a value nested 10,000 deep',
      update: structsOf(1, (bytes) => mapEntry(bytes, 'm', 'deep', nestedArray(10_000))),
      expected: 'too-large',
    },
    {
      name: '100,001 structs',
      update: manyStructs(7, 100_001),
      expected: 'too-large',
    },
    {
      name: '40 root types',
      update: structsOf(40, (bytes, i) => mapEntry(bytes, `root${i}`, 'k', (b) => b.uint8(126))),
      expected: 'too-large',
    },
    {
      // Well formed, but it builds on clocks 0–999 of client 7, which never arrive: Yjs parks it
      // and re-reads it on every later update. Limits drops such a backlog past its size.
      name: 'an update from the future',
      update: structsOf(1, (bytes) => mapEntry(bytes, 'm', 'later', (b) => b.uint8(126)), 1_000),
      expected: null,
    },
  ]
}

/**
 * A well-formed update of `count` entries of root map `m` by client `client`, from `clock` on
 * (about `count` × 12 bytes). From a clock past 0 it builds on history that never arrives, a
 * backlog Yjs has to hold back (see "an update from the future").
 */
export function mapEntries(client: number, count: number, clock = 0): Uint8Array {
  const bytes = new Bytes().varUint(1).varUint(count).varUint(client).varUint(clock)
  for (let i = 0; i < count; i++) mapEntry(bytes, 'm', `k${i}`, (b) => b.uint8(126))
  return bytes.raw(EMPTY_DELETE_SET).toUint8Array()
}

/** A well-formed update of `count` two-byte structs (garbage-collected content). */
export function manyStructs(client: number, count: number): Uint8Array {
  const bytes = new Bytes().varUint(1).varUint(count).varUint(client).varUint(0)
  for (let i = 0; i < count; i++) bytes.uint8(0).varUint(1)
  return bytes.raw(EMPTY_DELETE_SET).toUint8Array()
}
