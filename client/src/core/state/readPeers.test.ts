import { describe, expect, test } from 'vitest'
import { MAX_COORDINATE, type PresenceState } from '@coboard/shared'
import {
  collectRemoteDrags,
  keepUnchangedUsers,
  readPresence,
  samePresence,
  sameRemoteDrag,
  shareUnchanged,
} from './readPeers'

describe('readPeers', () => {
  test('keeps a well-formed presence', () => {
    const state = readPresence({
      user: { participantId: 'abc', name: 'Dev', role: 'lived-experience' },
      cursor: { x: 1, y: 2 },
      drag: { itemId: 'n1', x: 10, y: 20 },
      editing: 'n2',
    })
    expect(state.user?.name).toBe('Dev')
    expect(state.drag).toEqual({ itemId: 'n1', x: 10, y: 20 })
    expect(state.editing).toBe('n2')
  })

  test('drops hostile or broken fields instead of trusting them', () => {
    const state = readPresence({
      user: { participantId: 42 },
      cursor: { x: Number.NaN, y: 0 },
      drag: { itemId: 'n1', x: 1e300, y: -1e300 },
      editing: { evil: true },
    })
    expect(state.user).toBeUndefined()
    expect(state.cursor).toBeNull()
    expect(state.drag).toEqual({ itemId: 'n1', x: MAX_COORDINATE, y: -MAX_COORDINATE })
    expect(state.editing).toBeNull()
    expect(readPresence('not an object')).toEqual({})
  })

  test('collects every peer drag by item id', () => {
    const peers = new Map<number, PresenceState>([
      [1, readPresence({ drag: { itemId: 'a', x: 1, y: 1 } })],
      [2, readPresence({ cursor: { x: 0, y: 0 } })],
    ])
    const drags = collectRemoteDrags(peers)
    expect([...drags.keys()]).toEqual(['a'])
    expect(drags.get('a' as never)?.clientId).toBe(1)
  })

  test('a batch that moves one cursor keeps every other peer, and their drags, as they were', () => {
    const user = { participantId: 'p', name: 'Dev', role: 'provider' }
    const batch = (x: number) =>
      new Map([
        [1, readPresence({ user, cursor: { x, y: 0 } })],
        [2, readPresence({ user, drag: { itemId: 'n1', x: 5, y: 5 } })],
      ])
    const first = shareUnchanged(new Map(), batch(0), samePresence)
    const moved = shareUnchanged(first, batch(40), samePresence)
    expect(moved).not.toBe(first)
    expect(moved.get(2)).toBe(first.get(2))
    expect(moved.get(1)?.cursor).toEqual({ x: 40, y: 0 })
    const kept = shareUnchanged(moved, keepUnchangedUsers(moved, batch(80)), samePresence)
    expect(kept.get(1)?.user).toBe(moved.get(1)?.user)
    expect(shareUnchanged(moved, batch(40), samePresence)).toBe(moved)

    const drags = shareUnchanged(new Map(), collectRemoteDrags(first), sameRemoteDrag)
    expect(shareUnchanged(drags, collectRemoteDrags(moved), sameRemoteDrag)).toBe(drags)
  })
})
