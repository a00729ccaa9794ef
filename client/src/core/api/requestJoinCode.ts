import type { JoinCodeResponse } from '@coboard/shared'

/** How long the projector waits for its join code before showing the full link instead. */
const TIMEOUT_MS = 8_000

/** No join code this time; `final` when asking again cannot help (the token was refused). */
export class JoinCodeUnavailable extends Error {
  constructor(readonly final: boolean) {
    super(final ? 'the server refused to make a join code' : 'no join code from the server')
    this.name = 'JoinCodeUnavailable'
  }
}

/**
 * Asks `POST /api/boards/:id/join-code` for the board's join code and short link, with the edit
 * token as the bearer. The server answers the same code every time. Throws JoinCodeUnavailable.
 */
export async function requestJoinCode(
  boardId: string,
  editToken: string,
  signal: AbortSignal,
): Promise<JoinCodeResponse> {
  // Its own controller rather than AbortSignal.any, which older tablets lack.
  const request = new AbortController()
  const timer = setTimeout(() => request.abort(), TIMEOUT_MS)
  signal.addEventListener('abort', () => request.abort(), { once: true })
  let response: Response
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/join-code`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editToken}`, accept: 'application/json' },
      signal: request.signal,
    })
  } catch {
    throw new JoinCodeUnavailable(false)
  } finally {
    clearTimeout(timer)
  }
  const body = (await response.json().catch(() => null)) as Partial<JoinCodeResponse> | null
  if (response.ok && body?.joinCode && body.shortJoinUrl) {
    return { joinCode: body.joinCode, shortJoinUrl: body.shortJoinUrl }
  }
  // A refused token or unknown board stays refused; a server in trouble may recover.
  throw new JoinCodeUnavailable(response.status >= 400 && response.status < 500)
}
