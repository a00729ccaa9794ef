import type { ItemId, RoleId } from '@coboard/shared'
import { useBoardState } from './useBoard'

/** Someone else who is typing in an item right now. */
export interface RemoteEditor {
  readonly name: string
  readonly role: RoleId
}

const SEPARATOR = '\u0000'

/**
 * Who else is typing in item `id`, from their awareness `editing` field (the server vouches for
 * the name). The selector returns a string, so a note re-renders only when its editor changes,
 * not on every cursor move in the room.
 */
export function useRemoteEditor(id: ItemId): RemoteEditor | null {
  const key = useBoardState((state) => {
    for (const peer of state.peers.values()) {
      if (peer.editing !== id || !peer.user) continue
      const entry = state.board.participants.get(peer.user.participantId)
      return `${entry?.name ?? peer.user.name}${SEPARATOR}${entry?.role ?? peer.user.role}`
    }
    return null
  })
  if (key === null) return null
  const [name, role] = key.split(SEPARATOR)
  return { name, role }
}
