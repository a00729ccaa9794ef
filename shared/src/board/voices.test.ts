import { describe, expect, it } from 'vitest'
import { actingSide, FALLBACK_SIDE } from './voices'

describe('voices › actingSide', () => {
  it('is the side a participant chose', () => {
    expect(actingSide('provider')).toBe('provider')
  })

  it('is "other" for someone who has not chosen a side yet', () => {
    expect(FALLBACK_SIDE).toBe('other')
    expect(actingSide('')).toBe('other')
    expect(actingSide(null)).toBe('other')
    expect(actingSide(undefined)).toBe('other')
  })
})
