import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { MessageType } from '@hocuspocus/server'
import { Bytes, manyStructs } from '../../../tests/helpers/hostileUpdates'
import { MalformedMessage, UpdateTooLarge } from '@coboard/shared'
import { inspectFrame } from './inspectFrame'

const frame = (name: string, type: number, body: (bytes: Bytes) => void = () => {}) => {
  const bytes = new Bytes().varString(name).varUint(type)
  body(bytes)
  return bytes.toUint8Array()
}
const inspect = (bytes: Uint8Array) => inspectFrame(bytes, 1_000, 4_096)
const awareness = (...states: string[]) =>
  frame('board', MessageType.Awareness, (bytes) => {
    const inner = new Bytes().varUint(states.length)
    states.forEach((state, i) =>
      inner
        .varUint(i + 1)
        .varUint(1)
        .varString(state),
    )
    bytes.varBytes(inner.toUint8Array())
  })
const sync = (step: number, payload: Uint8Array) =>
  frame('board', MessageType.Sync, (bytes) => bytes.varUint(step).varBytes(payload))

describe('inspectFrame', () => {
  it('passes what a provider sends, charging extra for requests answered with a whole board', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'hi')
    const auth = frame('board', MessageType.Auth, (b) =>
      b.varUint(0).varString('tok').varString('4.8.0'),
    )
    expect(inspect(auth)).toEqual({ kind: 'pass', cost: 0 })
    expect(inspect(sync(0, Y.encodeStateVector(doc)))).toEqual({ kind: 'pass', cost: 4_096 })
    expect(inspect(sync(1, Y.encodeStateAsUpdate(doc))).kind).toBe('pass')
    expect(inspect(sync(2, Y.encodeStateAsUpdate(doc))).kind).toBe('pass')
    expect(inspect(awareness('{"user":{"name":"A"}}', 'null')).kind).toBe('pass')
    expect(inspect(frame('board', MessageType.QueryAwareness))).toEqual({
      kind: 'pass',
      cost: 4_096,
    })
    expect(inspect(frame('board', MessageType.Stateless, (b) => b.varString('hi'))).kind).toBe(
      'pass',
    )
    expect(inspect(frame('board', MessageType.CLOSE)).kind).toBe('pass')
    // A long document name still reaches Auth, which refuses it in words.
    expect(inspect(frame('x'.repeat(10_000), MessageType.QueryAwareness)).kind).toBe('pass')
    doc.destroy()
  })

  it('drops a bare pong', () => {
    expect(inspect(Uint8Array.of(MessageType.Pong))).toEqual({ kind: 'drop' })
  })

  it.each([
    ['garbage', Uint8Array.of(0xff, 0xff, 0xff)],
    ['an empty frame', new Uint8Array()],
    ['a name that is not UTF-8', new Bytes().varBytes([0xc3]).varUint(3).toUint8Array()],
    ['a huge name', frame('x'.repeat(20_000), MessageType.QueryAwareness)],
    ['an unknown message type', frame('board', 42)],
    ['a server-only type', frame('board', MessageType.BroadcastStateless, (b) => b.varString('x'))],
    ['a sync status', frame('board', MessageType.SyncStatus, (b) => b.varUint(1))],
    ['an unknown sync step', sync(3, new Uint8Array())],
    ['a state vector that lies', sync(0, new Bytes().varUint(1_000_000).toUint8Array())],
    ['a truncated update', sync(2, Uint8Array.of(1, 5))],
    ['an awareness state that is a number', awareness('5')],
    ['an awareness state that is a list', awareness('[1,2]')],
    ['an awareness state that is not JSON', awareness('{')],
    ['an auth of an unknown kind', frame('board', MessageType.Auth, (b) => b.varUint(1))],
  ])('refuses %s as malformed', (_name, bytes) => {
    expect(inspect(bytes)).toEqual({ kind: 'refuse', close: MalformedMessage })
  })

  it('refuses updates and awareness states that would cost too much', () => {
    expect(inspect(sync(2, manyStructs(7, 1_001)))).toEqual({
      kind: 'refuse',
      close: UpdateTooLarge,
    })
    expect(inspect(awareness(JSON.stringify({ pad: 'x'.repeat(20_000) })))).toEqual({
      kind: 'refuse',
      close: UpdateTooLarge,
    })
  })
})
