import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Document } from '@hocuspocus/server'
import { pacePresence } from './pacePresence'

type Broadcaster = { broadcastAwarenessUpdate(clients: number[]): void }

describe('pacePresence', () => {
  let document: Document
  let sent: number[][]
  let broadcast: (clients: number[]) => void

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    document = new Document('board')
    sent = []
    const target = document as unknown as Broadcaster
    target.broadcastAwarenessUpdate = (clients) => void sent.push(clients)
    expect(pacePresence(document, 50)).toBe(true)
    broadcast = (clients) => target.broadcastAwarenessUpdate(clients)
  })
  afterEach(() => {
    document.destroy()
    vi.useRealTimers()
  })

  it('sends the first change after a quiet spell at once', () => {
    broadcast([1])
    expect(sent).toEqual([[1]])
  })

  it('holds changes inside the interval and sends each changed client once at its end', () => {
    broadcast([1])
    vi.advanceTimersByTime(10)
    broadcast([2])
    broadcast([1, 3])
    expect(sent).toEqual([[1]])
    vi.advanceTimersByTime(39)
    expect(sent).toEqual([[1]])
    vi.advanceTimersByTime(1)
    expect(sent).toEqual([[1], [2, 1, 3]])
  })

  it('sends at once again once a whole interval has passed', () => {
    broadcast([1])
    vi.advanceTimersByTime(50)
    broadcast([2])
    expect(sent).toEqual([[1], [2]])
  })

  it('drops what is pending when the board is destroyed', () => {
    broadcast([1])
    broadcast([2])
    document.destroy()
    vi.advanceTimersByTime(100)
    expect(sent).toEqual([[1]])
  })

  it('leaves a document without the method alone', () => {
    // What a Hocuspocus that renamed the method would hand over.
    const renamed = { on: () => undefined, isDestroyed: false } as unknown as Document
    expect(pacePresence(renamed, 50)).toBe(false)
    expect(renamed).not.toHaveProperty('broadcastAwarenessUpdate')
  })
})
