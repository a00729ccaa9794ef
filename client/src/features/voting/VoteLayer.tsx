import { useMemo } from 'react'
import {
  isHiddenFrom,
  isVoteCandidate,
  myVotes,
  tallyVotes,
  type ItemId,
  type ItemTally,
  type VoteSession,
} from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { useVisibleItemIds } from '../../adapters/useVisibleItemIds'
import { useViewerId } from '../../adapters/useIsHidden'
import { VoteBadge } from './VoteBadge'
import { useVoteShortcuts } from './useVoteShortcuts'
import { useVoteSession } from './useVote'
import './voting.css'

/**
 * The dots on the board, drawn over every votable card in view whatever its kind: while a vote is
 * open only your own dots, once revealed everyone's totals. Counting happens once here, not per
 * card, and only while a vote exists.
 */
export function VoteLayer() {
  const session = useVoteSession()
  useVoteShortcuts(session)
  return session ? <VoteBadges session={session} /> : null
}

function VoteBadges({ session }: { session: VoteSession }) {
  const ids = useVisibleItemIds()
  const board = useBoardState((state) => state.board)
  const viewer = useViewerId()
  const me = useUi((state) => state.me.participantId)
  const draggingId = useUi((state) => state.draggingId)
  const open = session.status === 'open'

  const mine = useMemo(() => {
    const counts = new Map<ItemId, number>()
    if (!open || !viewer) return counts
    for (const vote of myVotes(board.votes, session, me)) {
      counts.set(vote.itemId, (counts.get(vote.itemId) ?? 0) + 1)
    }
    return counts
  }, [board.votes, session, me, open, viewer])
  const totals = useMemo(() => {
    const byItem = new Map<ItemId, ItemTally>()
    if (open) return byItem
    for (const tally of tallyVotes(board, session).items) byItem.set(tally.itemId, tally)
    return byItem
  }, [board, session, open])
  const placed = [...mine.values()].reduce((sum, n) => sum + n, 0)

  return (
    <>
      {ids.map((id) => {
        const item = board.items.get(id)
        if (!item || id === draggingId || !isVoteCandidate(item, session)) return null
        if (isHiddenFrom(item, viewer, board.stages)) return null
        return (
          <VoteBadge
            key={id}
            item={item}
            canVote={open && viewer !== null}
            mine={mine.get(id) ?? 0}
            left={session.budget - placed}
            tally={open ? null : (totals.get(id) ?? null)}
          />
        )
      })}
    </>
  )
}
