import type { ParticipantId } from '@coboard/shared'
import { useBoardSession } from './BoardProvider'
import { useBoardState } from './useBoard'
import { useUi } from './useUi'

/** Who wears the facilitator hat now. */
export const useFacilitators = (): ReadonlySet<ParticipantId> =>
  useBoardState((state) => state.board.facilitators)

/**
 * Whether this device wears the hat. Only then are the controls that steer the room shown; the
 * projector never does, whatever its participant id.
 */
export function useIsFacilitator(): boolean {
  const { readOnly } = useBoardSession()
  const me = useUi((state) => state.me.participantId)
  return useBoardState((state) => !readOnly && state.board.facilitators.has(me))
}
