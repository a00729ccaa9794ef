import { describe, expect, it } from 'vitest'
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, pngScale } from './pngSize'

describe('pngScale', () => {
  it('draws an ordinary board at twice its size', () => {
    expect(pngScale(1200, 800)).toBe(2)
  })

  it('keeps the longest side within the limit', () => {
    expect(20_000 * pngScale(20_000, 500)).toBeCloseTo(MAX_PNG_SIDE, 6)
  })

  it('keeps the pixel count within the limit', () => {
    const scale = pngScale(6000, 6000)
    expect((6000 * scale) ** 2).toBeCloseTo(MAX_PNG_PIXELS, 0)
    expect(scale).toBeLessThan(1)
  })

  it('falls back to the preferred scale for a picture without a size', () => {
    expect(pngScale(0, 0)).toBe(2)
    expect(pngScale(Number.NaN, 100)).toBe(2)
  })
})
