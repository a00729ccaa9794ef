import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { useMyDotCounts, useVoteSession, useVoterCount } from './useVote'

/**
 * The dot vote as a line of the stage bar: while open, your dots left and how to place them
 * (everyone has the same budget); once revealed, a way back to the results.
 */
export function VoteStatus() {
  const { facilitation, readOnly, ui } = useBoardSession()
  const session = useVoteSession()
  const { left, onRemoved } = useMyDotCounts()
  const voters = useVoterCount()
  const isFacilitator = useIsFacilitator()
  if (!session) return null

  if (session.status === 'revealed') {
    return (
      <div className="stagebar-strip stagebar-vote is-revealed" data-testid="vote-status">
        <span className="stagebar-strip-icon" aria-hidden="true">
          <Icon name="chart" size={16} />
        </span>
        <p className="stagebar-strip-text">
          <strong>Dot vote results are in.</strong> {votersText(voters)}
        </p>
        <button
          type="button"
          className="btn stagebar-strip-action"
          onClick={() => ui.getState().reopenResults()}
          data-testid="show-results"
        >
          Show results
        </button>
      </div>
    )
  }

  return (
    <div className="stagebar-strip stagebar-vote" data-testid="vote-status">
      <span className="vote-dots" aria-hidden="true">
        {Array.from({ length: session.budget }, (_, slot) => (
          <span key={slot} className={`vote-dot${slot < left ? ' is-left' : ''}`} />
        ))}
      </span>
      {/* Takes the focus when its facilitator starts the vote (the button that did is gone). */}
      <p className="stagebar-strip-text" tabIndex={-1} data-testid="vote-status-text">
        {readOnly ? (
          <strong>Dot vote open.</strong>
        ) : (
          <strong data-testid="dots-left">
            Vote: {left === 1 ? '1 dot left' : `${left} dots left`}.
          </strong>
        )}{' '}
        {!readOnly && left > 0 && 'Press ⊕ on a card, or select it and press V. '}
        {votersText(voters)} Dots stay hidden until the reveal.
      </p>
      {onRemoved && (
        <button
          type="button"
          className="btn btn-quiet stagebar-strip-action"
          onClick={() => facilitation.removeVote(onRemoved)}
        >
          Take back a dot from a removed card
        </button>
      )}
      {isFacilitator && (
        <button
          type="button"
          className="btn btn-primary stagebar-strip-action"
          onClick={facilitation.revealVote}
          data-testid="reveal-vote"
        >
          <Icon name="eye" size={16} />
          Reveal results
        </button>
      )}
    </div>
  )
}

function votersText(voters: number): string {
  if (voters === 0) return 'Nobody has voted yet.'
  return voters === 1 ? '1 person has voted.' : `${voters} people have voted.`
}
