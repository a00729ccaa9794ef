import { useEffect, useState } from 'react'
import type { JoinCodeResponse } from '@coboard/shared'
import { JoinCodeUnavailable, requestJoinCode } from '../../core/api/requestJoinCode'

/** What the projector can show to join: the short link, or (for now) only the full one. */
export type JoinCodeStatus =
  | { readonly kind: 'asking' }
  | ({ readonly kind: 'ready' } & JoinCodeResponse)
  | { readonly kind: 'unavailable' }

/** How long the projector waits before asking again after a failure it may recover from. */
const RETRY_MS = 30_000

/**
 * The board's join code, asked of the server with the edit token the projector link carries.
 * The server answers the same code every time, so asking on every load is safe. When it cannot
 * answer (offline, server trouble) the status is 'unavailable', the projector shows the full
 * link meanwhile, and it asks again every half minute; a refused token is not asked again.
 */
export function useJoinCode(boardId: string, editToken: string): JoinCodeStatus {
  const [status, setStatus] = useState<JoinCodeStatus>({ kind: 'asking' })
  const [round, setRound] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    let retry: ReturnType<typeof setTimeout> | undefined
    requestJoinCode(boardId, editToken, controller.signal).then(
      (code) => setStatus({ kind: 'ready', ...code }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setStatus({ kind: 'unavailable' })
        const final = error instanceof JoinCodeUnavailable && error.final
        if (!final) retry = setTimeout(() => setRound((count) => count + 1), RETRY_MS)
      },
    )
    return () => {
      controller.abort()
      clearTimeout(retry)
    }
  }, [boardId, editToken, round])

  return status
}
