import { describe, expect, it } from 'vitest'
import { explainRefusal } from './refusalText'

describe('explainRefusal', () => {
  it('explains the reasons it knows', () => {
    expect(explainRefusal('missing-token')).toMatch(/missing its key/)
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'anything else'])(
    'answers %s with the general sentence',
    (reason) => {
      expect(explainRefusal(reason)).toBe('The server did not accept this link.')
    },
  )
})
