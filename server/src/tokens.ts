import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Access } from '@coboard/shared'

// A board has two capabilities: the edit token and the view token. The server keeps only their
// SHA-256 hashes, so a leaked database does not leak working links.

/** A fresh capability token: 32 random bytes (256 bits), base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The SHA-256 of a token, as stored in `boards.edit_token_hash` / `view_token_hash`. */
export function hashToken(token: string): Uint8Array {
  return createHash('sha256').update(token, 'utf8').digest()
}

export interface TokenHashes {
  readonly editTokenHash: Uint8Array
  readonly viewTokenHash: Uint8Array
}

/** Which access `token` grants on a board with these hashes, or null when it grants none. */
export function matchToken(token: string, board: TokenHashes): Access | null {
  if (token === '') return null
  const presented = hashToken(token)
  // Both comparisons always run, so timing says nothing about which one matched.
  const isEdit = isSameHash(presented, board.editTokenHash)
  const isView = isSameHash(presented, board.viewTokenHash)
  if (isEdit) return 'edit'
  return isView ? 'view' : null
}

/** Whether two hashes are equal, compared in constant time. */
export function isSameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}
