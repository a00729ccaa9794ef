import { useMemo } from 'react'
import { parseRoute } from './routing/parseRoute'
import { readLinkKey } from './routing/linkKey'
import { useLocation } from './routing/useLocation'
import { LandingPage } from './features/landing/LandingPage'
import { BoardRoute } from './features/board/BoardRoute'
import { NotFoundPage } from './features/landing/NotFoundPage'

export function App() {
  const location = useLocation()
  const route = useMemo(() => parseRoute(location.pathname), [location.pathname])
  const key = useMemo(() => readLinkKey(location.hash), [location.hash])

  switch (route.name) {
    case 'landing':
      return <LandingPage />
    case 'board':
      return <BoardRoute key={route.boardId} boardId={route.boardId} linkKey={key} mode="board" />
    case 'projector':
      // The real projector view comes later; until then it is the board, read-only, without chrome.
      return (
        <BoardRoute key={route.boardId} boardId={route.boardId} linkKey={key} mode="projector" />
      )
    case 'notFound':
      return <NotFoundPage />
  }
}
