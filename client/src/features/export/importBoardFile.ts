import { boardLinks, type ApiError, type CreateBoardResponse } from '@coboard/shared'

/** Largest board file the server takes (MAX_IMPORT_BYTES in server/src/http/routes/importBoard.ts). */
export const MAX_BOARD_FILE_BYTES = 16 * 1024 * 1024

/** A failed import, with a message fit to show the person who chose the file. */
export class ImportBoardError extends Error {}

/** A new board made from a board file: its links, and the title it came with. */
export interface ImportedBoard {
  readonly board: CreateBoardResponse
  readonly title: string
}

/**
 * Sends a board file (what "Board file" in the Export menu saves) to `POST /api/boards/import`
 * and returns the new board. The server checks the file in full; this only spares a round trip
 * for a file that is plainly too big or not JSON.
 */
export async function importBoardFile(file: Blob): Promise<ImportedBoard> {
  if (file.size > MAX_BOARD_FILE_BYTES) {
    throw new ImportBoardError('This file is larger than 16 MB, too large to be a board file.')
  }
  const text = await file.text()
  let title = ''
  try {
    const json = JSON.parse(text) as { board?: { title?: unknown } } | null
    if (typeof json?.board?.title === 'string') title = json.board.title
  } catch {
    throw new ImportBoardError(
      'This is not a board file. Choose the .json file saved with “Board file” in the Export menu.',
    )
  }
  let response: Response
  try {
    response = await fetch('/api/boards/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: text,
    })
  } catch {
    throw new ImportBoardError(
      'Could not reach the Coboard server. Check your internet connection and try again.',
    )
  }
  const body = (await response.json().catch(() => null)) as Partial<
    CreateBoardResponse & ApiError
  > | null
  if (!response.ok) {
    const detail = typeof body?.error === 'string' ? body.error : `error ${response.status}`
    throw new ImportBoardError(`The board could not be imported. ${detail}`)
  }
  if (!body?.id || !body.editToken || !body.viewToken || !body.joinCode || !body.shortJoinUrl) {
    throw new ImportBoardError('The server answered in a way this page does not understand.')
  }
  const fallback = boardLinks(window.location.origin, body.id, body.editToken, body.viewToken)
  return {
    title: title.trim() || 'Imported board',
    board: {
      id: body.id,
      editToken: body.editToken,
      viewToken: body.viewToken,
      editUrl: body.editUrl || fallback.editUrl,
      viewUrl: body.viewUrl || fallback.viewUrl,
      projectorUrl: body.projectorUrl || fallback.projectorUrl,
      joinCode: body.joinCode,
      shortJoinUrl: body.shortJoinUrl,
    },
  }
}
