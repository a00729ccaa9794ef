import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@coboard/shared'
import { joinCodeStretcher } from './JoinCodeStretcher'

// A join code stands for a board's edit token, but the server keeps neither in the clear: the
// `join_codes` row holds a hash to find it by and the edit token sealed (AES-256-GCM) under a
// key only the code gives. Both come from the code *stretched* with PBKDF2 first. A code has only
// 40 bits: with a fast hash, anyone holding a copy of the database could try every code against
// every row in minutes on one graphics card. Stretched, each try costs 100,000 rounds of
// HMAC-SHA256, and trying them all takes months; the online guesser meets the rate limit long
// before that matters (limits/JoinAttempts.ts).

const DERIVE_PREFIX = 'coboard join code\0'
const STRETCH_SALT = 'coboard join code v1'
/** About 20 ms on one core of a small server, run on the stretching thread (JoinCodeStretcher). */
const STRETCH_ROUNDS = 100_000
const LOOKUP_INFO = 'coboard join code lookup'
const SEAL_INFO = 'coboard join code seal'
const IV_BYTES = 12
const TAG_BYTES = 16

/**
 * The join code of an edit token, in its canonical form (8 characters, no dash): the first 40
 * bits of SHA-256("coboard join code\0" + token) in Crockford's base32. The same token always
 * gives the same code, so the projector can ask for it again and it never changes under people.
 * `attempt` > 0 gives a board its next code when another board already holds this one.
 */
export function deriveJoinCode(editToken: string, attempt = 0): string {
  const input = DERIVE_PREFIX + editToken + (attempt === 0 ? '' : `\0${attempt}`)
  let bits = createHash('sha256').update(input, 'utf8').digest().readUIntBE(0, 5)
  let code = ''
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code = JOIN_CODE_ALPHABET[bits % 32] + code
    bits = Math.floor(bits / 32)
  }
  return code
}

/** A canonical join code after stretching: what finds its row, and what seals its token. */
export interface StretchedJoinCode {
  /** `join_codes.code_hash`: finds the row, and tells nothing about `secret`. */
  readonly codeHash: Uint8Array
  /** Never stored: the sealing key of each board is derived from it. */
  readonly secret: Uint8Array
}

/**
 * Stretches a canonical code (PBKDF2-SHA256, see above): about 20 ms on the process's one
 * stretching thread, never on the main thread nor on libuv's pool. Rejects with JoinCodesBusy
 * when that thread's queue is full.
 */
export async function stretchJoinCode(code: string): Promise<StretchedJoinCode> {
  const { secret } = await joinCodeStretcher().stretch({
    code,
    salt: STRETCH_SALT,
    rounds: STRETCH_ROUNDS,
  })
  return { codeHash: Buffer.from(hkdfSync('sha256', secret, '', LOOKUP_INFO, 32)), secret }
}

/**
 * The edit token sealed under the code for one board: AES-256-GCM with a key from HKDF-SHA256
 * of the stretched code, the board id as salt, and a random 12-byte IV. Stored as IV, tag,
 * ciphertext; the board id is also authenticated, so the row only opens for its own board.
 */
export function sealEditToken(code: StretchedJoinCode, boardId: string, editToken: string) {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', sealingKey(code, boardId), iv)
  cipher.setAAD(Buffer.from(boardId, 'utf8'))
  const sealed = Buffer.concat([cipher.update(editToken, 'utf8'), cipher.final()])
  return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), sealed]))
}

/** The edit token sealEditToken sealed, or null when this code (or board) does not open it. */
export function openEditToken(
  code: StretchedJoinCode,
  boardId: string,
  sealedToken: Uint8Array,
): string | null {
  const sealed = Buffer.from(sealedToken)
  if (sealed.length <= IV_BYTES + TAG_BYTES) return null
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sealingKey(code, boardId),
      sealed.subarray(0, IV_BYTES),
    )
    decipher.setAAD(Buffer.from(boardId, 'utf8'))
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    const token = Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ])
    return token.toString('utf8')
  } catch {
    return null
  }
}

function sealingKey(code: StretchedJoinCode, boardId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', code.secret, boardId, SEAL_INFO, 32))
}
