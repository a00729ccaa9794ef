import type { ParticipantId, RoleId } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { roleLabel } from './roleColors'

/** The label of `role` on this board; a string, so a card re-renders only if the label changes. */
export function useRoleLabel(role: RoleId): string {
  return useBoardState((state) => roleLabel(role, state.board.meta.roles))
}

/** The name `id` gave on joining, or '' when they gave none or are not on the roster. */
export function useAuthorName(id: ParticipantId | undefined): string {
  return useBoardState((state) => (id ? (state.board.participants.get(id)?.name ?? '') : ''))
}
