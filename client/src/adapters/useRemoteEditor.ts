import { useMemo } from 'react'
import type { ItemId, RoleId } from '@coboard/shared'
import { editorsByItem } from '../core/state/boardIndexes'
import { useBoardState, usePresence } from './useBoard'

/** Someone else who is typing in an item right now. */
export interface RemoteEditor {
  readonly name: string
  readonly role: RoleId
}

/**
 * Who else is typing in item `id`, named as the board's roster names them (the server vouches
 * for the roster, not for what awareness says). The index is shared by every card, and a note
 * re-renders only when its own editor changes.
 */
export function useRemoteEditor(id: ItemId): RemoteEditor | null {
  const editor = usePresence((state) => editorsByItem(state.peers).get(id))
  const entry = useBoardState((state) =>
    editor ? state.board.participants.get(editor.participantId) : undefined,
  )
  return useMemo(
    () => (editor ? { name: entry?.name ?? editor.name, role: entry?.role ?? editor.role } : null),
    [editor, entry],
  )
}
