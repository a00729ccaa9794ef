import * as Y from 'yjs'
import { MessageType } from '@hocuspocus/server'
import { addNote, type ParticipantId } from '@coboard/shared'
import type { Random } from '../fuzz/random'
import { Bytes, hostileUpdates, manyStructs } from './hostileUpdates'
import { frames } from './rawCollab'

// Seeded hostile inputs for the server's two doors: websocket frames and HTTP requests. Every
// generator takes the Random stream, so a failing run replays from its seed.

/** Who sends a frame: a socket with no board open, or one holding the edit or view token. */
export type Sender = 'stranger' | 'editor' | 'viewer'

/** One websocket input: frames to send from one socket, and a label for the failure message. */
export interface SocketInput {
  readonly label: string
  readonly sender: Sender
  /** Binary frames, or a string for a text frame. */
  readonly frames: readonly (Uint8Array | string)[]
}

/** One HTTP input, sent byte-exact by `rawRequest`, or as raw bytes on a TCP socket. */
export type HttpInput =
  | {
      readonly kind: 'request'
      readonly label: string
      readonly method: string
      readonly path: string
      readonly headers: Record<string, string>
      readonly body?: Buffer
    }
  | { readonly kind: 'bytes'; readonly label: string; readonly bytes: Buffer }

export function randomBytes(random: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = random.int(256)
  return bytes
}

/** A copy of `bytes` with a flipped bit, a cut, a splice from `donor`, or a repeated run. */
export function mutate(random: Random, bytes: Uint8Array, donor: Uint8Array): Uint8Array {
  const at = random.int(Math.max(1, bytes.length))
  switch (random.int(4)) {
    case 0: {
      const copy = Uint8Array.from(bytes)
      if (copy.length) copy[at] ^= 1 << random.int(8)
      return copy
    }
    case 1:
      return bytes.slice(0, at)
    case 2:
      return Uint8Array.from([
        ...bytes.subarray(0, at),
        ...donor.subarray(random.int(donor.length + 1)),
      ])
    default:
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(Math.max(0, at - 16))])
  }
}

/** Valid frames a real editor would send on `board`, to truncate and mutate. */
function validFrames(random: Random, board: string): Uint8Array[] {
  const doc = new Y.Doc()
  const author = 'fuzz' as ParticipantId
  addNote(doc, { x: random.int(500), y: 0, authorId: author, role: 'provider', text: 'fuzz note' })
  const update = Y.encodeStateAsUpdate(doc)
  const stateVector = Y.encodeStateVector(doc)
  doc.destroy()
  return [
    frames.update(board, update),
    frames.syncStep2(board, update),
    frames.syncStep1(board, stateVector),
    frames.awareness(board, random.uint32(), 1, { cursor: { x: 1, y: 2 } }),
    frames.stateless(board, 'hello'),
  ]
}

const NAMES = [
  '',
  '.',
  '../etc/passwd',
  "x' OR '1'='1",
  'a'.repeat(10_000),
  '\u0000',
  '💥',
  'NoSuchBoard1',
]

/** One seeded websocket input aimed at `board`. */
export function socketInput(random: Random, board: string): SocketInput {
  const valid = validFrames(random, board)
  const sender = random.weighted<Sender>([
    [2, 'stranger'],
    [5, 'editor'],
    [2, 'viewer'],
  ])
  const kind = random.int(10)
  switch (kind) {
    case 0:
      return { label: 'garbage', sender, frames: [randomBytes(random, random.int(64) ** 2)] }
    case 1: {
      const frame = random.pick(valid)
      return {
        label: 'truncated frame',
        sender,
        frames: [frame.slice(0, random.int(frame.length))],
      }
    }
    case 2:
      return {
        label: 'mutated sync message',
        sender,
        frames: [mutate(random, random.pick(valid), random.pick(valid))],
      }
    case 3: {
      const hostile = random.pick(hostileUpdates())
      const wrap = random.chance(0.5) ? frames.update : frames.syncStep2
      return {
        label: `known-bad update: ${hostile.name}`,
        sender,
        frames: [wrap(board, hostile.update)],
      }
    }
    case 4: {
      // A varint that claims a huge length or type where the protocol reads one.
      const huge = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]
      const frame = random.pick([
        new Bytes().raw(huge).toUint8Array(),
        new Bytes().varString(board).raw(huge).toUint8Array(),
        new Bytes().varString(board).varUint(MessageType.Sync).varUint(2).raw(huge).toUint8Array(),
        new Bytes().varString(board).varUint(MessageType.Awareness).raw(huge).toUint8Array(),
      ])
      return { label: 'huge varint', sender, frames: [frame] }
    }
    case 5: {
      const name = random.chance(0.2) ? board.slice(0, -1) : random.pick(NAMES)
      return {
        label: 'wrong document name',
        sender,
        frames: [
          frames.auth(name, 'token'),
          frames.update(name, Y.encodeStateAsUpdate(new Y.Doc())),
        ],
      }
    }
    case 6: {
      const spam = Array.from({ length: random.between(10, 150) }, (_, i) =>
        frames.auth(random.chance(0.5) ? board : `spam-board-${i}`, `guess-${random.uint32()}`),
      )
      return { label: 'auth spam', sender: 'stranger', frames: spam }
    }
    case 7:
      return { label: 'text frame', sender, frames: ['{"type":"sync"}'] }
    case 8:
      return {
        label: 'odd awareness',
        sender,
        frames: [
          frames.awareness(
            board,
            random.uint32(),
            random.uint32(),
            random.pick([5, [1], 'x', null, { user: 1 }]),
          ),
        ],
      }
    default:
      return {
        label: 'many structs',
        sender,
        frames: [frames.update(board, manyStructs(random.uint32(), random.between(1, 100_001)))],
      }
  }
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']
const SEGMENTS = [
  'api',
  'boards',
  'export.json',
  'healthz',
  'metrics',
  'readyz',
  'b',
  'projector',
  'assets',
  '..',
  '.',
  '%2e%2e',
  '%2F',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '~',
  'index.html',
  '.env',
  "x'%20OR%20'1",
  '<script>',
]
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data',
  'application/x-www-form-urlencoded',
  'APPLICATION/JSON',
  '',
  'application/json;;;',
  '*/*',
]
const BODIES = [
  '{"title": "ok"}',
  '{"title": ',
  '[]',
  'null',
  '"x"',
  '{"title": {"$gt": ""}}',
  '{"__proto__": {"x": 1}, "title": "p"}',
  '{"title": "a", "purpose": 5}',
  '\u0000\u0001',
  '{"title": "\\ud800"}',
  '['.repeat(60_000),
]

/** One seeded HTTP input aimed at a server holding `board`. */
export function httpInput(random: Random, board: string, token: string): HttpInput {
  const kind = random.int(8)
  if (kind === 0) {
    // Not HTTP at all, or HTTP with a broken start line or headers.
    const bytes = random.pick([
      Buffer.from(randomBytes(random, random.between(1, 400))),
      Buffer.from('GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'),
      Buffer.from(`GET / HTTP/1.1\r\nHost: x\r\nX: ${'y'.repeat(20_000)}\r\n\r\n`),
      Buffer.from(
        'POST /api/boards HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      ),
      Buffer.from('GET /\u0000 HTTP/1.1\r\n\r\n'),
    ])
    return { kind: 'bytes', label: 'raw bytes', bytes }
  }
  const segments = Array.from({ length: random.between(0, 5) }, () =>
    random.chance(0.15)
      ? board
      : random.chance(0.1)
        ? 'x'.repeat(random.int(10_000))
        : random.pick(SEGMENTS),
  )
  const path = `/${segments.join('/')}${random.chance(0.2) ? '?q=%ff&q=' + 'z'.repeat(random.int(500)) : ''}`
  const headers: Record<string, string> = {}
  if (random.chance(0.7)) headers['content-type'] = random.pick(CONTENT_TYPES)
  if (random.chance(0.4)) {
    headers.authorization = random.pick([
      `Bearer ${token}`,
      'Bearer x',
      'Basic Zm9vOmJhcg==',
      'Bearer',
      '',
    ])
  }
  if (random.chance(0.2))
    headers.origin = random.pick(['https://evil.example', 'null', 'http://127.0.0.1'])
  if (random.chance(0.1)) headers.host = random.pick(['', 'evil.example', '[::1', 'a'.repeat(300)])
  const method = random.pick(METHODS)
  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.from(random.pick(BODIES))
  return { kind: 'request', label: `${method} ${path.slice(0, 60)}`, method, path, headers, body }
}
