import { useShallow } from 'zustand/react/shallow'
import { rolesPresent, type RoleId } from '@coboard/shared'
import { useBoardState } from './useBoard'

/**
 * The sides with someone on the board's roster, in the board's role order. "Agreed by all" and
 * "accepted by all sides" are measured against these. Compared item by item, so a card
 * re-renders only when a side arrives or leaves, not on every roster change.
 */
export function usePresentRoles(): readonly RoleId[] {
  return useBoardState(useShallow((state) => rolesPresent(state.board)))
}
