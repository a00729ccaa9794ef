import type { VoteSession } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'

/**
 * The revealed vote the wall shows in place of the board, or null. It stays until the
 * facilitator moves on: to another stage, or to a new vote. Nobody closes it on the wall.
 */
export function useShownResults(): VoteSession | null {
  return useBoardState((state) => {
    const vote = state.board.meta.vote
    if (!vote || vote.status !== 'revealed') return null
    const stillHere = vote.stageId === null || vote.stageId === state.board.meta.currentStageId
    return stillHere ? vote : null
  })
}
