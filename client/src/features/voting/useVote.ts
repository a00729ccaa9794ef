import { myVotes, type ItemId, type VoteSession } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'

/** The current dot vote, or null when none has been started. */
export const useVoteSession = (): VoteSession | null =>
  useBoardState((state) => state.board.meta.vote)

/** This person's dots in the open vote: how many are placed, and how many sit on removed cards. */
export function useMyDotCounts(): { placed: number; left: number; onRemoved: ItemId | null } {
  const me = useUi((state) => state.me.participantId)
  const session = useVoteSession()
  const placed = useBoardState((state) =>
    session ? myVotes(state.board.votes, session, me).length : 0,
  )
  // A dot on a card someone has since deleted still uses up a slot; name one so it can be freed.
  const onRemoved = useBoardState((state) => {
    if (!session) return null
    const lost = myVotes(state.board.votes, session, me).find(
      (vote) => !state.board.items.has(vote.itemId),
    )
    return lost?.itemId ?? null
  })
  return { placed, left: session ? Math.max(0, session.budget - placed) : 0, onRemoved }
}

/** How many people have placed at least one dot in the current vote (no hint of where). */
export function useVoterCount(): number {
  return useBoardState((state) => {
    const session = state.board.meta.vote
    if (!session) return 0
    const voters = new Set<string>()
    for (const vote of state.board.votes) {
      if (vote.sessionId === session.id && vote.slot < session.budget)
        voters.add(vote.participantId)
    }
    return voters.size
  })
}
