import type { BoardStore } from '../storage/BoardStore'
import { deriveJoinCode, sealEditToken, stretchJoinCode } from './joinCodeCrypto'

/**
 * Codes a board tries before giving up. A further one is needed only when another board's edit
 * token gives the same 40 bits, which with a million boards happens to about one new board in a
 * million.
 */
const MAX_ATTEMPTS = 4

/**
 * Stores the join code of a board's edit token and returns it (canonical form), or null when
 * the board no longer exists. Idempotent: the same board and token always get the same code,
 * so the projector may ask on every load. A code already held by another board is never taken
 * over; the board gets its next code instead (deriveJoinCode's `attempt`).
 */
export async function mintJoinCode(
  store: BoardStore,
  boardId: string,
  editToken: string,
): Promise<string | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const code = deriveJoinCode(editToken, attempt)
    const stretched = await stretchJoinCode(code)
    const outcome = await store.saveJoinCode({
      codeHash: stretched.codeHash,
      boardId,
      sealedToken: sealEditToken(stretched, boardId, editToken),
      createdAt: Date.now(),
    })
    if (outcome === 'saved') return code
    if (outcome === 'no-board') return null
  }
  throw new Error(`every join code this board tried is held by another board`)
}
