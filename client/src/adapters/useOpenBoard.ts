import { useEffect, useState } from 'react'
import { openBoardSession, type BoardSession, type OpenBoardOptions } from '../core/boardSession'

/** Opens a board session for as long as the calling component is mounted (null until open). */
export function useOpenBoard(options: OpenBoardOptions | null): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null)
  const boardId = options?.boardId
  const token = options?.token
  const access = options?.access
  const readOnly = options?.readOnly

  useEffect(() => {
    if (!boardId || !token || !access) return
    // Opened in an effect, not during render: StrictMode and concurrent rendering may render
    // twice, and each render must not open its own websocket.
    const opened = openBoardSession({ boardId, token, access, readOnly })
    // The session is an external resource (a websocket) that only an effect may open; render
    // needs it, so it is handed over through state once, not derived on every render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [boardId, token, access, readOnly])

  return session
}
