import { createContext, useContext, type ReactNode } from 'react'
import type { BoardSession } from '../core/boardSession'

const BoardSessionContext = createContext<BoardSession | null>(null)

/** Makes an open board available to every component below it. */
export function BoardProvider(props: { session: BoardSession; children: ReactNode }) {
  return <BoardSessionContext value={props.session}>{props.children}</BoardSessionContext>
}

/** The open board; throws when a component is rendered outside a BoardProvider. */
export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext)
  if (!session) {
    throw new Error('useBoardSession() must be used inside <BoardProvider>')
  }
  return session
}
