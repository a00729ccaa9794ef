import { useMemo } from 'react'
import { parseRoute } from './routing/parseRoute'
import { readLinkKey } from './routing/linkKey'
import { useLocation } from './routing/useLocation'
import { LandingPage } from './features/landing/LandingPage'
import { BoardRoute } from './features/board/BoardRoute'
import { NotFoundPage } from './features/landing/NotFoundPage'
import { ProjectorRoute } from './features/projector/ProjectorRoute'
import { readJoinToken } from './features/projector/joinLink'
import { JoinCodeRoute } from './features/joinCode/JoinCodeRoute'

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
      return (
        <ProjectorRoute
          key={route.boardId}
          boardId={route.boardId}
          linkKey={key}
          joinToken={readJoinToken(location.hash)}
        />
      )
    case 'join':
      // Not keyed by the code: the page retypes its own code, replacing the address silently.
      return <JoinCodeRoute code={route.code} />
    case 'notFound':
      return <NotFoundPage />
  }
}
