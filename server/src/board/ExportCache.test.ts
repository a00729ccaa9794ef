import { describe, expect, it } from 'vitest'
import type { RenderOutcome } from '../workers/boardTasks'
import { ExportCache, type ExportRequest } from './ExportCache'

const MIB = 1024 * 1024

const request = (over: Partial<ExportRequest> = {}): ExportRequest => ({
  boardId: 'board',
  updates: [new Uint8Array([1, 2, 3])],
  format: 'svg',
  variant: 'roles/edit',
  ...over,
})

/** A render that counts its calls and makes a file of `bytes` bytes. */
function renderer(bytes = 10) {
  const calls = { count: 0 }
  const render = async (): Promise<RenderOutcome> => {
    calls.count += 1
    return {
      ok: true,
      file: {
        body: new Uint8Array(bytes),
        contentType: 'image/svg+xml',
        fileName: 'a.svg',
        isDocument: true,
      },
    }
  }
  return { calls, render }
}

describe('ExportCache', () => {
  it('renders a board in one state, format and naming once, and concurrent asks share it', async () => {
    const cache = new ExportCache()
    const { calls, render } = renderer()
    const [a, b] = await Promise.all([cache.get(request(), render), cache.get(request(), render)])
    expect(await cache.get(request(), render)).toBe(a)
    expect(b).toBe(a)
    expect(calls.count).toBe(1)
  })

  it('renders again for a changed board, another format or another naming', async () => {
    const cache = new ExportCache()
    const { calls, render } = renderer()
    await cache.get(request(), render)
    await cache.get(request({ updates: [new Uint8Array([1, 2, 3]), new Uint8Array([4])] }), render)
    // The same bytes split into other rows are another stored state.
    await cache.get(request({ updates: [new Uint8Array([1, 2]), new Uint8Array([3])] }), render)
    await cache.get(request({ format: 'html' }), render)
    await cache.get(request({ variant: 'anonymous/edit' }), render)
    expect(calls.count).toBe(5)
  })

  it('keeps refusals and missing boards out, and forgets a deleted board', async () => {
    const cache = new ExportCache()
    let calls = 0
    const refuse = async (): Promise<RenderOutcome> => {
      calls += 1
      return { ok: false, status: 403, error: 'no' }
    }
    await cache.get(request(), refuse)
    await cache.get(request(), refuse)
    expect(calls).toBe(2)
    const { calls: rendered, render } = renderer()
    await cache.get(request(), render)
    cache.forgetBoard('board')
    await cache.get(request(), render)
    expect(rendered.count).toBe(2)
  })

  it('lets go of the least recently asked for past 32 MiB, and of anything after 10 minutes', async () => {
    let clock = 0
    const cache = new ExportCache(() => clock)
    const { calls, render } = renderer(7 * MIB)
    for (const boardId of ['a', 'b', 'c', 'd']) await cache.get(request({ boardId }), render)
    await cache.get(request({ boardId: 'a' }), render) // now the most recent
    await cache.get(request({ boardId: 'e' }), render) // 35 MiB: b goes
    expect(calls.count).toBe(5)
    await cache.get(request({ boardId: 'a' }), render)
    expect(calls.count).toBe(5)
    await cache.get(request({ boardId: 'b' }), render)
    expect(calls.count).toBe(6)
    clock += 10 * 60_000
    await cache.get(request({ boardId: 'a' }), render)
    expect(calls.count).toBe(7)
  })
})
