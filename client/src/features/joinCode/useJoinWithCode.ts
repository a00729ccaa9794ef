import { useEffect, useState } from 'react'
import { participantLink } from '@coboard/shared'
import { joinWithCode, type JoinFailure } from '../../core/api/joinWithCode'
import { navigate } from '../../adapters/useLocation'

/** Where joining with a code stands; on success the page has already moved to the board. */
export type JoinWithCodeStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'joining' }
  | { readonly kind: 'failed'; readonly reason: JoinFailure; readonly message: string }

/**
 * Joins with a canonical join code (null: nothing to join yet). On success it replaces this
 * page with the participant link, so Back never returns to the code; on failure it says why.
 * `attempt` asks again for the same code (after "too many tries", say).
 */
export function useJoinWithCode(code: string | null, attempt: number): JoinWithCodeStatus {
  const request = code === null ? null : `${code}#${attempt}`
  const [failure, setFailure] = useState<{
    request: string
    reason: JoinFailure
    message: string
  } | null>(null)

  useEffect(() => {
    if (code === null) return
    const controller = new AbortController()
    void joinWithCode(code, controller.signal).then((result) => {
      if (controller.signal.aborted) return
      if (result.kind === 'failed') {
        setFailure({
          request: `${code}#${attempt}`,
          reason: result.reason,
          message: result.message,
        })
        return
      }
      // The link is built on this page's origin: the one the person typed and is already on.
      navigate(participantLink(window.location.origin, result.boardId, result.editToken), {
        replace: true,
      })
    })
    return () => controller.abort()
  }, [code, attempt])

  if (request === null) return { kind: 'idle' }
  if (failure?.request === request) {
    return { kind: 'failed', reason: failure.reason, message: failure.message }
  }
  return { kind: 'joining' }
}
