import type { ItemId } from '@coboard/shared'
import { editorsByItem, type RemoteEditor } from '../core/state/boardIndexes'
import { useBoardState } from './useBoard'

export type { RemoteEditor }

/**
 * Who else is typing in item `id`. The index is shared by every card and rebuilt only when
 * presence or the roster changes; an editor who stays the same keeps its object, so a note
 * re-renders only when its own editor changes, not on every cursor move in the room.
 */
export function useRemoteEditor(id: ItemId): RemoteEditor | null {
  return useBoardState(
    (state) => editorsByItem(state.peers, state.board.participants).get(id) ?? null,
  )
}
