import { explainDenial } from '@coboard/shared'
import { useBoardState, useConnection, useLoaded, useMeta } from '../../adapters/useBoard'
import { BoardMessage } from '../../ui/BoardMessage'
import { ConnectionIndicator } from '../../ui/ConnectionIndicator'
import { VoteResults } from '../../features/voting/VoteResults'
import { ProjectorBoard } from './ProjectorBoard'
import { ProjectorJoin } from './ProjectorJoin'
import { ProjectorPeople } from './ProjectorPeople'
import { ProjectorStage } from './ProjectorStage'
import { useShownResults } from './useShownResults'
import './projector.css'

/**
 * The screen in the room: the board, framed automatically, beside a column that says what the
 * room is doing (stage, question, clock) and how to join. Once a vote is revealed, what the
 * room chose takes the board's place until the facilitator moves on. Nothing on it can be clicked to edit:
 * it is opened with a view token, and the server refuses its writes whatever the page does.
 */
export function ProjectorScreen({ joinToken }: { joinToken: string | null }) {
  const connection = useConnection()
  const loaded = useLoaded()
  const meta = useMeta()
  const itemCount = useBoardState((state) => state.board.items.size)
  const results = useShownResults()

  if (connection.kind === 'refused') {
    return (
      <BoardMessage title="This projector link does not open the board" tone="problem">
        <p>{explainDenial(connection.reason)}</p>
        <p>Open the projector link from the board’s start page again, exactly as it is.</p>
      </BoardMessage>
    )
  }

  return (
    <div className="projector" data-testid="projector" data-items={itemCount}>
      <main className="projector-main">
        <header className="projector-heading">
          <h1 className="projector-title" data-testid="board-title">
            {loaded ? meta.title : 'Coboard'}
          </h1>
          {loaded && meta.purpose && <p className="projector-purpose">{meta.purpose}</p>}
        </header>
        {results ? (
          // What the room chose takes the board's place, at the size of the wall.
          <div className="projector-results">
            <VoteResults session={results} role="region" testId="projector-results" />
          </div>
        ) : (
          <ProjectorBoard />
        )}
        {!loaded && (
          <p className="projector-loading" role="status">
            {connection.kind === 'offline' ? 'Waiting for the network…' : 'Opening the board…'}
          </p>
        )}
      </main>
      <aside className="projector-side" aria-label="Workshop">
        <ProjectorStage />
        <ProjectorPeople />
        <ProjectorJoin joinToken={joinToken} />
        <footer className="projector-footer">
          <ConnectionIndicator />
        </footer>
      </aside>
    </div>
  )
}
