import type * as Y from 'yjs'
import type { CreateBoardResponse } from '@coboard/shared'
import type { BoardStore } from '../../storage/BoardStore'
import type { Logger } from '../../logger'
import { storeNewBoard } from '../../board/storeNewBoard'
import { JoinCodesBusy } from '../../joinCodes/JoinCodeStretcher'
import { HttpError } from '../HttpError'

/** What creating or importing a board answers while the store cannot write. */
export const CANNOT_SAVE =
  'The server cannot save new boards right now: its storage is not taking writes (it may be ' +
  'full). Please try again later.'

/** What creating or importing a board answers while join codes are being made for others. */
const BUSY = 'The server is busy making join codes just now. Please try again in a moment.'

/**
 * storeNewBoard for the create and import routes: a store that fails (a full disk, a database
 * that only reads or is gone) is the server's storage failing, not a bug, so the caller gets 503
 * with words instead of a 500, and the log gets the store's error.
 */
export async function saveNewBoard(
  store: BoardStore,
  log: Logger,
  doc: Y.Doc | Uint8Array | readonly Uint8Array[],
  details: Parameters<typeof storeNewBoard>[2],
): Promise<CreateBoardResponse> {
  try {
    return await storeNewBoard(store, doc, details)
  } catch (error) {
    if (error instanceof JoinCodesBusy) throw new HttpError(503, BUSY)
    log.error({ err: error }, 'could not store a new board')
    throw new HttpError(503, CANNOT_SAVE)
  }
}
