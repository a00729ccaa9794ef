import {
  isHiddenFrom,
  isVoteCandidate,
  type BoardItem,
  type BoardSnapshot,
  type ParticipantId,
  type VoteSession,
} from '@coboard/shared'

/**
 * The cards a phone lists to vote on: every card the vote takes dots on (isVoteCandidate, the
 * laptop's rule too), from any stage, that this person may see, in the board's order.
 */
export function voteCandidates(
  board: BoardSnapshot,
  session: VoteSession,
  me: ParticipantId,
): BoardItem[] {
  return [...board.items.values()].filter(
    (item) => isVoteCandidate(item, session) && !isHiddenFrom(item, me, board.stages),
  )
}
