import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { JOIN_CODE_ALPHABET, normaliseJoinCode } from '@coboard/shared'
import { newToken } from '../tokens'
import { deriveJoinCode, openEditToken, sealEditToken, stretchJoinCode } from './joinCodeCrypto'

/** The derivation written out the long way: 40 bits as a binary string, cut into fives. */
function deriveByHand(editToken: string): string {
  const digest = createHash('sha256').update(`coboard join code\0${editToken}`).digest()
  const bits = [...digest.subarray(0, 5)].map((byte) => byte.toString(2).padStart(8, '0')).join('')
  return (bits.match(/.{5}/g) ?? []).map((five) => JOIN_CODE_ALPHABET[parseInt(five, 2)]).join('')
}

describe('join code crypto', () => {
  it('derives the first 40 bits of the token’s SHA-256, in Crockford base32, the same every time', () => {
    for (let i = 0; i < 50; i++) {
      const token = newToken()
      const code = deriveJoinCode(token)
      expect(code).toBe(deriveByHand(token))
      expect(normaliseJoinCode(code)).toBe(code)
      expect(deriveJoinCode(token)).toBe(code)
    }
    expect(deriveJoinCode('a-token', 1)).not.toBe(deriveJoinCode('a-token'))
  })

  it('finds a code by a hash that is neither the code nor its plain SHA-256', async () => {
    const one = await stretchJoinCode('K7QM3XPA')
    const again = await stretchJoinCode('K7QM3XPA')
    const other = await stretchJoinCode('K7QM3XPB')
    expect(Buffer.compare(one.codeHash, again.codeHash)).toBe(0)
    expect(Buffer.compare(one.codeHash, other.codeHash)).not.toBe(0)
    const sha256 = createHash('sha256').update('K7QM3XPA').digest()
    expect(Buffer.compare(one.codeHash, sha256)).not.toBe(0)
    expect(Buffer.compare(one.codeHash, one.secret)).not.toBe(0)
  })

  it('seals the token so that only its code, for its board, opens it', async () => {
    const token = newToken()
    const code = await stretchJoinCode(deriveJoinCode(token))
    const sealed = sealEditToken(code, 'board-one', token)
    expect(Buffer.from(sealed).toString('latin1')).not.toContain(token)
    expect(openEditToken(code, 'board-one', sealed)).toBe(token)

    const wrongCode = await stretchJoinCode('00000000')
    expect(openEditToken(wrongCode, 'board-one', sealed)).toBeNull()
    expect(openEditToken(code, 'board-two', sealed)).toBeNull()

    const tampered = new Uint8Array(sealed)
    tampered[tampered.length - 1] ^= 1
    expect(openEditToken(code, 'board-one', tampered)).toBeNull()
    expect(openEditToken(code, 'board-one', sealed.subarray(0, 20))).toBeNull()
  })

  it('seals with a fresh IV each time', async () => {
    const code = await stretchJoinCode('K7QM3XPA')
    const first = sealEditToken(code, 'board-one', 'token')
    const second = sealEditToken(code, 'board-one', 'token')
    expect(Buffer.compare(first, second)).not.toBe(0)
    expect(openEditToken(code, 'board-one', second)).toBe('token')
  })
})
