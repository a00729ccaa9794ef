import type { BoardStore } from '../storage/BoardStore'
import { matchToken } from '../tokens'
import { openEditToken, stretchJoinCode } from './joinCodeCrypto'

/** What a join code opens: a board and its edit token. */
export interface OpenedJoinCode {
  readonly boardId: string
  readonly editToken: string
}

/**
 * The board and edit token a canonical join code stands for, or null when it stands for none:
 * no such code, a row that this code does not unseal, or a board whose edit token is no longer
 * the one sealed. Only an edit token that opens the board today is ever handed out.
 */
export async function openJoinCode(
  store: BoardStore,
  code: string,
): Promise<OpenedJoinCode | null> {
  const stretched = await stretchJoinCode(code)
  const row = await store.findJoinCode(stretched.codeHash)
  if (!row) return null
  const editToken = openEditToken(stretched, row.boardId, row.sealedToken)
  if (editToken === null) return null
  const board = await store.findBoard(row.boardId)
  if (!board || matchToken(editToken, board) !== 'edit') return null
  return { boardId: row.boardId, editToken }
}
