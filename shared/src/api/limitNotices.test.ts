import { describe, expect, test } from 'vitest'
import {
  LIMIT_NOTICE_EXPLANATIONS,
  LIMIT_NOTICE_TYPE,
  MAX_LIMIT_NOTICE_MESSAGE,
  readLimitNotice,
} from './limitNotices'

const payload = (value: unknown) => JSON.stringify(value)

describe('readLimitNotice', () => {
  test.each(Object.keys(LIMIT_NOTICE_EXPLANATIONS))(
    'reads a %s notice with this client’s own words',
    (code) => {
      const notice = readLimitNotice(
        payload({ type: LIMIT_NOTICE_TYPE, code, message: 'whatever the server said' }),
      )
      expect(notice).toEqual({
        type: LIMIT_NOTICE_TYPE,
        code,
        message: LIMIT_NOTICE_EXPLANATIONS[code as keyof typeof LIMIT_NOTICE_EXPLANATIONS],
      })
    },
  )

  test('keeps the message of a code from a newer server', () => {
    const notice = readLimitNotice(
      payload({
        type: LIMIT_NOTICE_TYPE,
        code: 'cluster-full',
        message: '  A cluster holds\n50. ',
      }),
    )
    expect(notice).toEqual({
      type: LIMIT_NOTICE_TYPE,
      code: 'cluster-full',
      message: 'A cluster holds 50.',
    })
  })

  test('cuts an oversized message to a sane length, ending in an ellipsis', () => {
    const notice = readLimitNotice(
      payload({ type: LIMIT_NOTICE_TYPE, code: 'new-thing', message: 'word '.repeat(10_000) }),
    )
    expect(notice?.message.length).toBeLessThanOrEqual(MAX_LIMIT_NOTICE_MESSAGE)
    expect(notice?.message).toMatch(/^word word .*word…$/)
  })

  test('does not split a surrogate pair when cutting', () => {
    const message = `${'a'.repeat(MAX_LIMIT_NOTICE_MESSAGE - 2)}😀😀😀`
    const notice = readLimitNotice(payload({ type: LIMIT_NOTICE_TYPE, code: 'x', message }))
    expect(notice?.message).toBe(`${'a'.repeat(MAX_LIMIT_NOTICE_MESSAGE - 2)}…`)
  })

  test.each([
    ['not JSON', '{"type": "coboard:limit", '],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a JSON string', '"coboard:limit"'],
    ['a JSON number', '42'],
    ['a JSON array', payload([LIMIT_NOTICE_TYPE, 'text-too-long', 'Too long'])],
  ])('ignores %s', (_what, text) => {
    expect(readLimitNotice(text)).toBeNull()
  })

  test.each([
    ['another type', { type: 'other:thing', code: 'text-too-long', message: 'Too long' }],
    ['no type', { code: 'text-too-long', message: 'Too long' }],
    ['a numeric code', { type: LIMIT_NOTICE_TYPE, code: 413, message: 'Too long' }],
    ['no code', { type: LIMIT_NOTICE_TYPE, message: 'Too long' }],
    ['a message that is an object', { type: LIMIT_NOTICE_TYPE, code: 'x', message: { a: 1 } }],
    ['no message', { type: LIMIT_NOTICE_TYPE, code: 'text-too-long' }],
    ['a blank message for an unknown code', { type: LIMIT_NOTICE_TYPE, code: 'x', message: ' \n' }],
  ])('ignores a notice with %s', (_what, value) => {
    expect(readLimitNotice(payload(value))).toBeNull()
  })

  test('does not take a code from the prototype for a known one', () => {
    const notice = readLimitNotice(
      payload({ type: LIMIT_NOTICE_TYPE, code: 'toString', message: 'Shown as it is' }),
    )
    expect(notice?.message).toBe('Shown as it is')
  })
})
