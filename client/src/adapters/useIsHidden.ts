import {
  faceDownTally,
  isHiddenFrom,
  type FaceDownTally,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { useShallow } from 'zustand/react/shallow'
import { useBoardSession } from './BoardProvider'
import { useBoardState } from './useBoard'
import { useUi } from './useUi'

/** Who this screen shows the board to: the projector is nobody, so it sees no private notes. */
export function useViewerId(): ParticipantId | null {
  const { readOnly } = useBoardSession()
  const me = useUi((state) => state.me.participantId)
  return readOnly ? null : me
}

/**
 * Whether item `id` is someone else's note from a private stage not yet revealed, and so must be
 * drawn face down on this screen. Every view that shows note text (cards, outline, exports made
 * on this device) asks this before showing it.
 */
export function useIsHidden(id: ItemId): boolean {
  const viewer = useViewerId()
  return useBoardState((state) => {
    const item = state.board.items.get(id)
    return item ? isHiddenFrom(item, viewer, state.board.stages) : false
  })
}

/** How many cards of `stageId` are face down on this screen, and from how many people. */
export function useFaceDown(stageId: string | null): FaceDownTally {
  const viewer = useViewerId()
  return useBoardState(
    useShallow((state) =>
      faceDownTally(state.board.items.values(), stageId, viewer, state.board.stages),
    ),
  )
}
