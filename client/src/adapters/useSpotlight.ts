import { activeSpotlight, type ItemId } from '@coboard/shared'
import { useBoardState } from './useBoard'

/** The card or group on the projector alone now, or null (one from another stage is over). */
export function useSpotlitId(): ItemId | null {
  return useBoardState((state) => activeSpotlight(state.board.meta)?.itemId ?? null)
}
