import { isVoteCandidate, myVotes, type BoardItem } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { useDotActions } from './useDotActions'

/**
 * Give a dot to a card, or take one back, from a list row (the outline) rather than the card's
 * edge on the board: shown only while a vote is open on this card, with the same words and
 * announcements as the board's dots.
 */
export function ListDots({ item, words }: { item: BoardItem; words: string }) {
  const dots = useDotActions()
  const flat = words.replace(/\s+/g, ' ').trim() || 'an empty card'
  const label = flat.length > 60 ? `${flat.slice(0, 59).trimEnd()}…` : flat
  const me = useUi((state) => state.me.participantId)
  const state = useBoardState((board) => {
    const session = board.board.meta.vote
    if (!session || session.status !== 'open' || !isVoteCandidate(item, session)) return null
    const mine = myVotes(board.board.votes, session, me)
    const here = mine.filter((vote) => vote.itemId === item.id).length
    return `${here}:${session.budget - mine.length}`
  })
  if (!state) return null
  const [here, left] = state.split(':').map(Number)
  return (
    <span className="list-dots" role="group" aria-label="Your dots">
      {left > 0 && (
        <button
          type="button"
          className="btn btn-quiet list-dots-add"
          onClick={() => dots.place(item.id, label, left - 1)}
          aria-label={`Place a dot on “${label}”. ${left} left.`}
          data-testid="outline-vote-add"
        >
          + Dot
        </button>
      )}
      {here > 0 && (
        <button
          type="button"
          className="btn btn-quiet list-dots-remove"
          onClick={() => dots.takeBack(item.id, label, left + 1)}
          aria-label={`Take back a dot from “${label}”. You placed ${here} here.`}
          data-testid="outline-vote-remove"
        >
          − Dot
        </button>
      )}
    </span>
  )
}
