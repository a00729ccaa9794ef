import type { LinkKey } from '../core/routing/linkKey'
import { BoardProvider } from '../adapters/BoardProvider'
import { BoardMessage } from '../ui/BoardMessage'
import { useOpenBoard } from '../adapters/useOpenBoard'
import { ProjectorScreen } from '../screens/projector/ProjectorScreen'

interface ProjectorRouteProps {
  readonly boardId: string
  readonly linkKey: LinkKey | null
  /** The participant token for the join code, from `&join=` in the fragment (see joinLink.ts). */
  readonly joinToken: string | null
}

/** `/b/:id/projector`: the board for the wall, always read-only, whatever key it was given. */
export function ProjectorRoute({ boardId, linkKey, joinToken }: ProjectorRouteProps) {
  const session = useOpenBoard(linkKey ? { boardId, ...linkKey, readOnly: true } : null)

  if (!linkKey) {
    return (
      <BoardMessage title="This projector link is missing its key" tone="problem">
        <p>
          A projector link ends with a long code after a <code>#</code> sign. Open the projector
          link from the board’s start page again, exactly as it is.
        </p>
      </BoardMessage>
    )
  }
  if (!session) return <BoardMessage title="Opening the board…">{null}</BoardMessage>
  return (
    <BoardProvider session={session}>
      <ProjectorScreen joinToken={joinToken} />
    </BoardProvider>
  )
}
