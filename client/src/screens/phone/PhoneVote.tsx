import { useMemo } from 'react'
import { myVotes, type VoteSession } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { useVoteSession } from '../../features/voting/useVote'
import { itemSummary, KIND_WORDS } from './itemSummary'
import { voteCandidates } from './voteCandidates'

/** While a dot vote is open: the dots left, and every card to vote on as a big row to tap. */
export function PhoneVote() {
  const session = useVoteSession()
  if (!session || session.status !== 'open') return null
  return <OpenVote session={session} />
}

function OpenVote({ session }: { session: VoteSession }) {
  const { facilitation } = useBoardSession()
  const me = useUi((state) => state.me.participantId)
  const board = useBoardState((state) => state.board)

  const { candidates, mine } = useMemo(() => {
    const counts = new Map<string, number>()
    for (const vote of myVotes(board.votes, session, me)) {
      counts.set(vote.itemId, (counts.get(vote.itemId) ?? 0) + 1)
    }
    return { candidates: voteCandidates(board, session, me), mine: counts }
  }, [board, session, me])
  const placed = [...mine.values()].reduce((sum, n) => sum + n, 0)
  const left = Math.max(0, session.budget - placed)

  return (
    <section className="phone-card phone-vote" aria-labelledby="phone-vote-title">
      <div className="phone-vote-head">
        <h2 id="phone-vote-title" className="phone-section-title">
          Vote
        </h2>
        <p className="phone-dots" data-testid="dots-left" aria-live="polite">
          <span aria-hidden="true" className="phone-dot-row">
            {Array.from({ length: session.budget }, (_, i) => (
              <span key={i} className={`phone-dot${i < left ? ' is-left' : ''}`} />
            ))}
          </span>
          {left === 1 ? '1 dot left' : `${left} dots left`}
        </p>
      </div>
      <p className="phone-hint">Tap a card to give it a dot. Tap − to take one back.</p>
      <ul className="phone-list">
        {candidates.map((item) => {
          const count = mine.get(item.id) ?? 0
          const summary = itemSummary(item)
          return (
            <li
              key={item.id}
              className={`phone-vote-row${count > 0 ? ' is-voted' : ''}`}
              data-testid="vote-candidate"
            >
              <button
                type="button"
                className="phone-vote-cast"
                disabled={left === 0}
                onClick={() => facilitation.castVote(item.id)}
              >
                <span className="visually-hidden">Give a dot: </span>
                <span className="phone-kind">{KIND_WORDS[item.kind]}</span>
                <span className="phone-vote-text">{summary}</span>
                <span className="visually-hidden">
                  . {count === 1 ? '1 of your dots is' : `${count} of your dots are`} here.
                </span>
                <span className="phone-vote-count" aria-hidden="true">
                  {Array.from({ length: count }, (_, i) => (
                    <span key={i} className="phone-dot is-mine" />
                  ))}
                </span>
              </button>
              {count > 0 && (
                <button
                  type="button"
                  className="phone-vote-remove"
                  onClick={() => facilitation.removeVote(item.id)}
                  aria-label={`Take a dot back from: ${summary}`}
                >
                  −
                </button>
              )}
            </li>
          )
        })}
        {candidates.length === 0 && <li className="phone-empty">Nothing to vote on yet.</li>}
      </ul>
    </section>
  )
}
