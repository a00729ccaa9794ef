import { describe, expect, test } from 'vitest'
import { BoardReloaded, CLOSE_EXPLANATIONS, LIMIT_NOTICE_TYPE, RateLimited } from '@coboard/shared'
import {
  GENERAL_CLOSE_EXPLANATION,
  REPEAT_QUIET_MS,
  watchServerNotices,
  type NoticeSource,
  type ServerNotice,
} from './serverNotices'

// The watcher's timing and its reading of odd input, with a fake provider and a fake clock. What
// a real server sends is in tests/integration/serverNotices.test.ts.

/** A stand-in for the provider's `on`/`off`, and a way to fire its events. */
function fakeProvider() {
  const listeners = new Map<string, Set<(data: never) => void>>()
  const source = {
    on(event: string, fn: (data: never) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(fn)
      return source
    },
    off(event: string, fn: (data: never) => void) {
      listeners.get(event)?.delete(fn)
      return source
    },
  }
  const fire = (event: string, data: unknown) => {
    for (const fn of listeners.get(event) ?? []) (fn as (data: unknown) => void)(data)
  }
  return {
    source: source as unknown as NoticeSource,
    close: (code: number, reason = '') => fire('close', { event: { code, reason } }),
    stateless: (payload: string) => fire('stateless', { payload }),
  }
}

function watch() {
  const provider = fakeProvider()
  const clock = { now: 1_000_000 }
  const notices: ServerNotice[] = []
  watchServerNotices(
    provider.source,
    (notice) => notices.push(notice),
    () => clock.now,
  )
  return { provider, clock, notices }
}

describe('watchServerNotices', () => {
  test('tells the same words again only once the quiet time has passed', () => {
    const { provider, clock, notices } = watch()
    provider.close(RateLimited.code)
    clock.now += REPEAT_QUIET_MS - 1
    provider.close(RateLimited.code)
    expect(notices).toHaveLength(1)
    clock.now += 1
    provider.close(RateLimited.code)
    expect(notices.map((notice) => notice.id)).toEqual([1, 2])
  })

  test('different words are told at once, each with a new id', () => {
    const { provider, notices } = watch()
    provider.close(RateLimited.code)
    provider.stateless(JSON.stringify({ type: LIMIT_NOTICE_TYPE, code: 'board-full', message: '' }))
    provider.close(RateLimited.code)
    expect(notices.map(({ id, tone }) => ({ id, tone }))).toEqual([
      { id: 1, tone: 'warning' },
      { id: 2, tone: 'warning' },
      { id: 3, tone: 'warning' },
    ])
    expect(notices[2].text).toBe(CLOSE_EXPLANATIONS[RateLimited.code])
  })

  test('a board the server reloaded is explained calmly: the provider reconnects by itself', () => {
    const { provider, notices } = watch()
    provider.close(BoardReloaded.code, BoardReloaded.reason)
    expect(notices).toEqual([{ id: 1, tone: 'info', text: CLOSE_EXPLANATIONS[BoardReloaded.code] }])
  })

  test('a close code it has no words for gets a general sentence, calmly', () => {
    const { provider, notices } = watch()
    provider.close(4205, 'Reset Connection')
    expect(notices).toEqual([{ id: 1, tone: 'info', text: GENERAL_CLOSE_EXPLANATION }])
  })

  test('ignores normal closes, closes without a code, and stateless messages of other kinds', () => {
    const { provider, notices } = watch()
    provider.close(1000, 'board-deleted')
    provider.close(1005)
    provider.close(1006)
    provider.stateless('not json')
    provider.stateless(JSON.stringify({ type: 'coboard:hello', code: 'x', message: 'Hi' }))
    expect(notices).toEqual([])
  })
})
