import { describe, expect, test } from 'vitest'
import { formatJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode, shortJoinUrl } from './joinCodes'

describe('join codes', () => {
  test('the alphabet is Crockford’s: 32 characters, no I, L, O or U', () => {
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32)
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[ILOU]/)
  })

  test.each([
    ['K7QM-3XPA', 'K7QM3XPA'],
    ['k7qm3xpa', 'K7QM3XPA'],
    ['  k7qm 3xpa ', 'K7QM3XPA'],
    ['K7-QM-3X-PA', 'K7QM3XPA'],
    ['K7QM – 3XPA', 'K7QM3XPA'], // an en dash, as autocorrect writes it
    ['K7QM\u20113XPA', 'K7QM3XPA'], // a non-breaking hyphen, copied from a document
    ['oOiI-lL10', '00111110'],
  ])('reads %j as %s', (typed, code) => {
    expect(normaliseJoinCode(typed)).toBe(code)
  })

  test.each([
    ['', 'nothing'],
    ['K7QM-3XP', 'seven characters'],
    ['K7QM-3XPAA', 'nine characters'],
    ['K7QM-3XPU', 'a U, which Crockford leaves out'],
    ['K7QM_3XPA', 'an underscore'],
    ['K7QM.3XPA', 'a full stop'],
    ['K7QM-3XPÄ', 'a letter outside ASCII'],
    ['/b/abc', 'a path'],
  ])('refuses %j (%s)', (typed) => {
    expect(normaliseJoinCode(typed)).toBeNull()
  })

  test('writes a code as two groups of four, in its short link too', () => {
    expect(formatJoinCode('K7QM3XPA')).toBe('K7QM-3XPA')
    expect(normaliseJoinCode(formatJoinCode('K7QM3XPA'))).toBe('K7QM3XPA')
    expect(shortJoinUrl('https://board.example', 'K7QM3XPA')).toBe(
      'https://board.example/j/K7QM-3XPA',
    )
  })
})
