import { useEffect, useMemo } from 'react'
import { isHiddenFrom, tallyVotes, type ItemId, type VoteSession } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { CloseButton } from '../../ui/CloseButton'
import { Icon } from '../../ui/Icon'
import { useViewerId } from '../../adapters/useIsHidden'
import { itemLabel, kindName } from './itemLabel'
import { ResultTotals } from './ResultTotals'
import { RoleResults } from './RoleResults'
import { useUi, useUiStore } from '../../adapters/useUi'
import { useVoteSession } from './useVote'
import './results.css'

/** A card as the results name it. */
export interface ResultLabel {
  readonly text: string
  readonly kind: string
}

/** The results of a revealed dot vote, open on every screen until each person closes them. */
export function ResultsPanel() {
  const session = useVoteSession()
  const closed = useUi((state) => !!session && state.closedResultsId === session.id)
  if (!session || session.status !== 'revealed' || closed) return null
  return <Results session={session} />
}

/**
 * What the room chose, split by side: what the sides agree on first (the shared priorities),
 * then the overall totals with each card's dots by side, then each side's own top three.
 */
function Results({ session }: { session: VoteSession }) {
  const ui = useUiStore()
  const board = useBoardState((state) => state.board)
  const viewer = useViewerId()
  const results = useMemo(() => tallyVotes(board, session), [board, session])
  const close = () => ui.getState().closeResults(session.id)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') ui.getState().closeResults(session.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [ui, session.id])

  const label = (id: ItemId): ResultLabel => {
    const item = board.items.get(id)
    if (!item) return { text: 'A card since removed', kind: 'Removed' }
    return { text: itemLabel(item, isHiddenFrom(item, viewer, board.stages)), kind: kindName(item) }
  }
  const dotsOn = (id: ItemId) => results.items.find((tally) => tally.itemId === id)?.total ?? 0
  const voters = results.roles.reduce((sum, role) => sum + role.voters, 0)
  const dots = results.roles.reduce((sum, role) => sum + role.dots, 0)

  return (
    <section
      className="results"
      role="dialog"
      aria-modal="false"
      aria-labelledby="results-title"
      data-testid="vote-results"
    >
      <header className="results-header">
        <div>
          <p className="results-eyebrow">Dot vote results</p>
          <h2 id="results-title">What the room chose</h2>
          <p className="results-sub">
            {session.budget} {session.budget === 1 ? 'dot' : 'dots'} each, the same for every side ·{' '}
            {voters} {voters === 1 ? 'person' : 'people'} voted · {dots}{' '}
            {dots === 1 ? 'dot' : 'dots'} placed
          </p>
        </div>
        <CloseButton label="Close the results" onClick={close} />
      </header>
      {dots === 0 ? (
        <p className="results-empty">Nobody placed a dot in this vote.</p>
      ) : (
        <div className="results-body">
          <div className="results-column">
            <section className="results-agree" data-testid="results-agree">
              <h3>What the sides agree on</h3>
              {results.sharedPriorities.length > 0 ? (
                <ul>
                  {results.sharedPriorities.map((id) => (
                    <li key={id}>
                      <Icon name="check" size={18} />
                      <span>
                        {label(id).text}{' '}
                        <span className="results-agree-count">
                          {dotsOn(id)} dots, in every side’s top three
                        </span>
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>
                  {results.roles.length > 1
                    ? 'No card is in every side’s top three. Each side’s picks below show where they differ.'
                    : 'Only one side voted, so there is nothing to compare yet.'}
                </p>
              )}
            </section>
            <ResultTotals results={results} label={label} />
          </div>
          <RoleResults results={results} label={label} />
        </div>
      )}
    </section>
  )
}
