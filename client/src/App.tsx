import { useMemo } from 'react'
import { parseRoute } from './core/routing/parseRoute'
import { readLinkKey } from './core/routing/linkKey'
import { useLocation } from './adapters/useLocation'
import { LandingPage } from './screens/landing/LandingPage'
import { BoardRoute } from './routes/BoardRoute'
import { NotFoundPage } from './screens/landing/NotFoundPage'
import { ProjectorRoute } from './routes/ProjectorRoute'
import { readJoinToken } from './core/routing/joinLink'
import { JoinCodeRoute } from './routes/JoinCodeRoute'

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
