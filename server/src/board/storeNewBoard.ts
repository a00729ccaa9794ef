import * as Y from 'yjs'
import {
  boardLinks,
  formatJoinCode,
  randomId,
  shortJoinUrl,
  type CreateBoardResponse,
} from '@coboard/shared'
import type { BoardStore } from '../storage/BoardStore'
import { mintJoinCode } from '../joinCodes/mintJoinCode'
import { hashToken, newToken } from '../tokens'

/** Length of a board id from randomId (about 70 bits). */
const BOARD_ID_LENGTH = 12

/**
 * Stores `doc` (a document, its whole state as one update, or as several to store in order) as a
 * new board under a fresh id with fresh edit and view tokens, and returns what the API answers
 * for it: the id, both tokens (shown this once; only their hashes are stored),
 * the participant and projector links on `origin`, and the join code with its short link.
 * Creating and importing a board both end here.
 */
export async function storeNewBoard(
  store: BoardStore,
  doc: Y.Doc | Uint8Array | readonly Uint8Array[],
  details: {
    /** For operators only: the live title is in the document. */
    readonly title: string
    readonly createdAt: number
    /** The origin the links are built on. */
    readonly origin: string
  },
): Promise<CreateBoardResponse> {
  const id = randomId(BOARD_ID_LENGTH)
  const editToken = newToken()
  const viewToken = newToken()
  const [first, ...rest] =
    doc instanceof Y.Doc ? [Y.encodeStateAsUpdate(doc)] : doc instanceof Uint8Array ? [doc] : doc
  await store.createBoard(
    {
      id,
      title: details.title,
      editTokenHash: hashToken(editToken),
      viewTokenHash: hashToken(viewToken),
      createdAt: details.createdAt,
    },
    first ?? new Uint8Array([0, 0]),
  )
  let joinCode: string | null
  try {
    for (const piece of rest) {
      // A turn apart: each write is synchronous in SQLite, and others' saves go in between.
      await new Promise((resolve) => setImmediate(resolve))
      if (!(await store.appendUpdate(id, piece))) throw new Error('the new board went away')
    }
    joinCode = await mintJoinCode(store, id, editToken)
  } catch (error) {
    // No board without its code: nobody holds its tokens yet, so nothing is lost by removing it.
    await store.deleteBoard(id).catch(() => false)
    throw error
  }
  if (joinCode === null) throw new Error('the new board was gone before its join code was stored')
  return {
    id,
    editToken,
    viewToken,
    ...boardLinks(details.origin, id, editToken, viewToken),
    joinCode: formatJoinCode(joinCode),
    shortJoinUrl: shortJoinUrl(details.origin, joinCode),
  }
}
