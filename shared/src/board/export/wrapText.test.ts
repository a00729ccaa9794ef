import { describe, expect, it } from 'vitest'
import { textWidth, wrapText } from './wrapText'

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three four', 9, 5)).toEqual(['one two', 'three', 'four'])
  })

  it('keeps line breaks written in the text', () => {
    expect(wrapText('first\nsecond', 20, 5)).toEqual(['first', 'second'])
  })

  it('cuts words longer than a line', () => {
    expect(wrapText('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij'])
  })

  it('ends with an ellipsis when text is left out', () => {
    expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three…'])
    expect(wrapText('x '.repeat(5000), 10, 2)).toHaveLength(2)
  })

  it('counts wide characters twice', () => {
    expect(textWidth('日本')).toBe(4)
    expect(wrapText('日本語の文章です', 6, 5)).toEqual(['日本語', 'の文章', 'です'])
  })

  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 10, 3)).toEqual([])
  })
})
