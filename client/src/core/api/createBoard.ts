import {
  boardLinks,
  type ApiError,
  type CreateBoardRequest,
  type CreateBoardResponse,
  type TemplateId,
} from '@coboard/shared'

/** A failed request, with a message fit to show the person who asked. */
export class CreateBoardError extends Error {}

/** Asks the server for a new board (from a template's agenda) and returns its id and both links. */
export async function createBoard(
  request: CreateBoardRequest & { readonly template?: TemplateId },
): Promise<CreateBoardResponse> {
  let response: Response
  try {
    response = await fetch('/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    })
  } catch {
    throw new CreateBoardError(
      'Could not reach the Coboard server. Check your internet connection and try again.',
    )
  }
  const body = (await response.json().catch(() => null)) as Partial<
    CreateBoardResponse & ApiError
  > | null
  if (!response.ok) {
    const detail = typeof body?.error === 'string' ? body.error : `error ${response.status}`
    throw new CreateBoardError(`The board could not be created (${detail}).`)
  }
  if (!body?.id || !body.editToken || !body.viewToken || !body.joinCode || !body.shortJoinUrl) {
    throw new CreateBoardError('The server answered in a way this page does not understand.')
  }
  // The server builds links from its public address; fall back to this page's origin if it did not.
  const fallback = boardLinks(window.location.origin, body.id, body.editToken, body.viewToken)
  return {
    id: body.id,
    editToken: body.editToken,
    viewToken: body.viewToken,
    editUrl: body.editUrl || fallback.editUrl,
    viewUrl: body.viewUrl || fallback.viewUrl,
    projectorUrl: body.projectorUrl || fallback.projectorUrl,
    joinCode: body.joinCode,
    shortJoinUrl: body.shortJoinUrl,
  }
}
