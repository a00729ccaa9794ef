import { useMemo } from 'react'
import { parseRoute } from './core/routing/parseRoute'
import { readLinkKey } from './core/routing/linkKey'
import { useLocation } from './adapters/useLocation'
import { BoardRoute } from './routes/BoardRoute'
import { NotFoundPage } from './screens/landing/NotFoundPage'
import { BoardMessage } from './ui/BoardMessage'
import { Deferred } from './ui/deferred/Deferred'
import { lazyNamed } from './ui/deferred/lazyNamed'
import { readJoinToken } from './core/routing/joinLink'
import { JoinCodeRoute } from './routes/JoinCodeRoute'

// The start page and the projector are chunks of their own: the participant link, opened on a
// phone from the QR code, needs neither. The board route and the join-code route stay in the
// first chunk, since a phone needs them at once.
const LandingPage = lazyNamed(() =>
  import('./screens/landing/LandingPage').then((chunk) => chunk.LandingPage),
)
const ProjectorRoute = lazyNamed(() =>
  import('./routes/ProjectorRoute').then((chunk) => chunk.ProjectorRoute),
)

export function App() {
  const location = useLocation()
  const route = useMemo(() => parseRoute(location.pathname), [location.pathname])
  const key = useMemo(() => readLinkKey(location.hash), [location.hash])

  switch (route.name) {
    case 'landing':
      return (
        <Deferred fallback={<BoardMessage title="Opening Coboard…">{null}</BoardMessage>}>
          <LandingPage />
        </Deferred>
      )
    case 'board':
      return <BoardRoute key={route.boardId} boardId={route.boardId} linkKey={key} mode="board" />
    case 'projector':
      return (
        <Deferred
          fallback={<BoardMessage title="Opening the projector view…">{null}</BoardMessage>}
        >
          <ProjectorRoute
            key={route.boardId}
            boardId={route.boardId}
            linkKey={key}
            joinToken={readJoinToken(location.hash)}
          />
        </Deferred>
      )
    case 'join':
      // Not keyed by the code: the page retypes its own code, replacing the address silently.
      return <JoinCodeRoute code={route.code} />
    case 'notFound':
      return <NotFoundPage />
  }
}
