import { describe, expect, test } from 'vitest'
import { rebaseTextEdit } from './rebaseTextEdit'

describe('rebaseTextEdit', () => {
  test('without concurrent edits the local text wins as typed', () => {
    expect(rebaseTextEdit('call back', 'call back soon', 'call back')).toBe('call back soon')
  })

  test('keeps a peer’s words typed before ours at the start', () => {
    // We typed at the end while a peer typed at the start, unseen by our textarea yet.
    const merged = rebaseTextEdit('call back', 'call back within', 'Promise: call back')
    expect(merged).toBe('Promise: call back within')
  })

  test('keeps a peer’s words typed after our deletion point', () => {
    expect(rebaseTextEdit('abc def', 'abc', 'abc def ghi')).toBe('abc ghi')
  })
})
