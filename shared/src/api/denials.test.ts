import { describe, expect, it } from 'vitest'
import { explainDenial, isDeviceRefusal } from './denials'

describe('explainDenial', () => {
  it('explains the reasons it knows', () => {
    expect(explainDenial('missing-token')).toMatch(/missing its key/)
    expect(explainDenial('participant-taken')).toMatch(/already uses this device/)
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'anything else'])(
    'answers %s with the general sentence',
    (reason) => {
      expect(explainDenial(reason)).toBe('The server did not accept this link.')
      expect(isDeviceRefusal(reason)).toBe(false)
    },
  )
})
