import type { ItemId, PresenceDrag, PresenceUser } from '@coboard/shared'
import { throttle } from '../lib/throttle'
import type { BoardConnection } from './connectBoard'

/** This device's side of awareness: what it tells the others about itself. */
export interface Presence {
  setUser(user: PresenceUser): void
  /** Pointer in board coordinates; throttled. `null` when the pointer leaves the board. */
  setCursor(cursor: { x: number; y: number } | null): void
  /** Live position of a note being dragged (~20/s); `null` on drop or cancel, sent at once. */
  setDrag(drag: PresenceDrag | null): void
  setEditing(itemId: ItemId | null): void
  destroy(): void
}

const DRAG_INTERVAL_MS = 50
// Cursors are fan-out to everyone in the room, so they are sent less often than drags.
const CURSOR_INTERVAL_MS = 80

/** Wraps the connection's awareness with throttled setters for the fields in `PresenceState`. */
export function createPresence(awareness: BoardConnection['awareness']): Presence {
  const sendCursor = throttle((cursor: { x: number; y: number } | null) => {
    awareness.setLocalStateField('cursor', cursor)
  }, CURSOR_INTERVAL_MS)
  const sendDrag = throttle((drag: PresenceDrag) => {
    awareness.setLocalStateField('drag', drag)
  }, DRAG_INTERVAL_MS)

  return {
    setUser: (user) => awareness.setLocalStateField('user', user),
    setCursor: (cursor) => {
      if (cursor) return sendCursor({ x: Math.round(cursor.x), y: Math.round(cursor.y) })
      sendCursor.cancel()
      awareness.setLocalStateField('cursor', null)
    },
    setDrag: (drag) => {
      if (drag) return sendDrag({ ...drag, x: Math.round(drag.x), y: Math.round(drag.y) })
      // A trailing throttled position arriving after the drop would resurrect the drag.
      sendDrag.cancel()
      awareness.setLocalStateField('drag', null)
    },
    setEditing: (itemId) => awareness.setLocalStateField('editing', itemId),
    destroy: () => {
      sendCursor.cancel()
      sendDrag.cancel()
    },
  }
}
