import { myVotes, tallyVotes, type ItemId } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'

/**
 * The dots on an item, in words for the outline: while a vote is open only your own ("You gave
 * 2 dots"), as on the board; after the reveal everyone's total. A string, so rows re-render only
 * when their own words change.
 */
export function useOutlineVotes(id: ItemId): string | null {
  const me = useUi((state) => state.me.participantId)
  return useBoardState((state) => {
    const session = state.board.meta.vote
    if (!session) return null
    if (session.status === 'open') {
      const mine = myVotes(state.board.votes, session, me).filter((v) => v.itemId === id).length
      return mine ? `You gave ${mine} ${mine === 1 ? 'dot' : 'dots'}` : null
    }
    const total = tallyVotes(state.board, session).items.find((t) => t.itemId === id)?.total ?? 0
    return total ? `${total} ${total === 1 ? 'dot' : 'dots'}` : null
  })
}
