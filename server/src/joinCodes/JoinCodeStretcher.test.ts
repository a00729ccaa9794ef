import { pbkdf2Sync } from 'node:crypto'
import { threadId } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { JoinCodeStretcher, JoinCodesBusy } from './JoinCodeStretcher'

const task = (code: string) => ({ code, salt: 'coboard join code v1', rounds: 100_000 })

describe('JoinCodeStretcher', () => {
  const stretchers: JoinCodeStretcher[] = []
  const make = (maxQueue?: number) => {
    const stretcher = new JoinCodeStretcher(maxQueue)
    stretchers.push(stretcher)
    return stretcher
  }
  afterEach(async () => {
    await Promise.all(stretchers.splice(0).map((stretcher) => stretcher.close()))
  })

  it('stretches as PBKDF2-SHA256 does, on one thread that is not the main one', async () => {
    const stretcher = make()
    const codes = ['K7QM3XPA', 'K7QM3XPB', '00000000', 'ZZZZZZZZ']
    const results = await Promise.all(codes.map((code) => stretcher.stretch(task(code))))
    for (const [index, result] of results.entries()) {
      const expected = pbkdf2Sync(codes[index], 'coboard join code v1', 100_000, 32, 'sha256')
      expect(Buffer.compare(Buffer.from(result.secret), expected)).toBe(0)
    }
    expect(new Set(results.map((result) => result.threadId)).size).toBe(1)
    expect(results[0].threadId).not.toBe(threadId)
    expect(stretcher.completed).toBe(codes.length)
    expect(stretcher.pending).toBe(0)
  })

  it('counts stretches waiting, and refuses more than its queue holds', async () => {
    const stretcher = make(2)
    const running = [stretcher.stretch(task('AAAAAAAA'))]
    // The first is handed to the thread; two more wait; the next finds the queue full.
    const queued = [stretcher.stretch(task('BBBBBBBB')), stretcher.stretch(task('CCCCCCCC'))]
    expect(stretcher.pending).toBe(3)
    await expect(stretcher.stretch(task('DDDDDDDD'))).rejects.toBeInstanceOf(JoinCodesBusy)
    await Promise.all([...running, ...queued])
    expect(stretcher.completed).toBe(3)
    expect(stretcher.pending).toBe(0)
    await stretcher.stretch(task('EEEEEEEE'))
  })
})
