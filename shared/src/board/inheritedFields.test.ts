import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { getBoardRoots } from './roots'
import { readBoard } from './read'
import { readTimer } from './timer'
import { readVoteSession } from './voting'
import { readRecord } from './sanitize'

// A JSON value in the document is decoded on other devices by lib0, which assigns each key: a
// `__proto__` key there becomes the object's prototype, while the device that wrote it keeps it
// as a plain field. Readers must see only a value's own fields, or the same document reads
// differently on the writer's screen and everyone else's.

/** The value `json` as the writer stores it and as another device decodes it. */
function writtenAndReceived(key: 'timer' | 'vote', json: string) {
  const writer = new Y.Doc()
  getBoardRoots(writer).meta.set(key, JSON.parse(json) as object)
  const reader = new Y.Doc()
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
  return [getBoardRoots(writer).meta.get(key), getBoardRoots(reader).meta.get(key)] as const
}

describe('JSON values with a __proto__ key', () => {
  it('read the same on the device that wrote them and on the others', () => {
    const [writtenTimer, receivedTimer] = writtenAndReceived(
      'timer',
      '{"__proto__": {"state": "paused", "durationMs": 60000, "remainingMs": 1000}}',
    )
    expect(readTimer(receivedTimer)).toEqual(readTimer(writtenTimer))
    expect(readTimer(receivedTimer).state).toBe('idle')

    const [writtenVote, receivedVote] = writtenAndReceived(
      'vote',
      '{"id": "vote-1", "__proto__": {"status": "revealed", "budget": 7}}',
    )
    expect(readVoteSession(receivedVote)).toEqual(readVoteSession(writtenVote))
    expect(readVoteSession(receivedVote)).toMatchObject({ status: 'open', budget: 3 })
  })

  it('never lend a role its id or label through the prototype', () => {
    const writer = new Y.Doc()
    const roles = JSON.parse('[{"__proto__": {"id": "ghost", "label": "Ghost"}}, {"id": "x"}]')
    getBoardRoots(writer).meta.set('roles', roles as object[])
    const reader = new Y.Doc()
    Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
    expect(readBoard(reader).meta.roles).toEqual(readBoard(writer).meta.roles)
    expect(readBoard(reader).meta.roles.map((role) => role.id)).toEqual(['x'])
  })

  it('give readers only their own fields, with no prototype', () => {
    const received = writtenAndReceived('timer', '{"state": "idle", "__proto__": {"x": 1}}')[1]
    const record = readRecord(received)!
    expect(record.state).toBe('idle')
    expect(record.x).toBeUndefined()
    expect(record.constructor).toBeUndefined()
  })
})
