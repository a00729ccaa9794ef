import type { ApiError, JoinResponse } from '@coboard/shared'

/** Why a join code did not open a board. */
export type JoinFailure =
  /** No board has it (404), or the server does not read it as a code (400). */
  | 'wrong-code'
  /** Too many tries from this address (429). */
  | 'too-many-tries'
  /** No answer at all: offline, or the server is down. */
  | 'unreachable'
  | 'server-error'

/** What asking the server about a join code came to. */
export type JoinWithCodeResult =
  | { readonly kind: 'joined'; readonly boardId: string; readonly editToken: string }
  /** `message` is in words to show the person who typed the code. */
  | { readonly kind: 'failed'; readonly reason: JoinFailure; readonly message: string }

const UNREACHABLE = 'Could not reach Coboard. Check that your phone is online, then try again.'

/**
 * Asks `POST /api/join` for the board a canonical join code stands for. Never throws: every
 * failure comes back as words fit for the person who typed the code (the server's own, when it
 * gave any). Resolves nothing useful once `signal` aborts.
 */
export async function joinWithCode(code: string, signal: AbortSignal): Promise<JoinWithCodeResult> {
  let response: Response
  try {
    response = await fetch('/api/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code }),
      signal,
    })
  } catch {
    return { kind: 'failed', reason: 'unreachable', message: UNREACHABLE }
  }
  const body = (await response.json().catch(() => null)) as Partial<JoinResponse & ApiError> | null
  if (response.ok && body?.boardId && body.editToken) {
    return { kind: 'joined', boardId: body.boardId, editToken: body.editToken }
  }
  const reason = failureOf(response.status)
  if (typeof body?.error === 'string') return { kind: 'failed', reason, message: body.error }
  return {
    kind: 'failed',
    reason,
    message: `Coboard could not open the board (error ${response.status}). Please try again.`,
  }
}

function failureOf(status: number): JoinFailure {
  if (status === 400 || status === 404) return 'wrong-code'
  return status === 429 ? 'too-many-tries' : 'server-error'
}
