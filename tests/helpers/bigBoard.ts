import type { CreateBoardResponse } from '@coboard/shared'
import { bigBoardFile, makeBigBoard } from '../../shared/src/board/testing/bigBoard'
import { storeNewBoard } from '../../server/src/board/storeNewBoard'
import type { TestServer } from './server'

/** Stores a big board (see makeBigBoard) straight through the server's store. */
export function storeBigBoard(
  server: TestServer,
  notes: number,
  textLength?: number,
): Promise<CreateBoardResponse> {
  const doc = makeBigBoard(notes, textLength)
  return storeNewBoard(server.server.store, doc, {
    title: 'big',
    createdAt: Date.now(),
    origin: server.url,
  }).finally(() => doc.destroy())
}

export { bigBoardFile, makeBigBoard }
