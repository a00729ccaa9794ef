/** A failed deletion, with a message fit to show the person who asked. */
export class DeleteBoardError extends Error {}

/**
 * Asks the server to delete the board for good (`DELETE /api/boards/:id` with the edit token).
 * Resolves once it is gone; a board already gone counts as deleted.
 */
export async function requestBoardDeletion(boardId: string, editToken: string): Promise<void> {
  let response: Response
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${editToken}`, accept: 'application/json' },
    })
  } catch {
    throw new DeleteBoardError(
      'Could not reach the Coboard server, so the board was not deleted. Check the connection ' +
        'and try again.',
    )
  }
  if (response.ok || response.status === 404) return
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null
  const detail = typeof body?.error === 'string' ? body.error : `error ${response.status}`
  throw new DeleteBoardError(`The board was not deleted: ${detail}`)
}
