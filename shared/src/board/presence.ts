import type { ItemId, ParticipantId, RoleId } from './schema'

// Presence travels through Yjs awareness, never through the document: it is per connection,
// lost on disconnect, and costs nothing in the board's history.

/** Who a connection is. The server overwrites this from the authenticated connection and the roster. */
export interface PresenceUser {
  readonly participantId: ParticipantId
  readonly name: string
  readonly role: RoleId
}

/** The live position of a note someone is dragging; written to the document only on drop. */
export interface PresenceDrag {
  readonly itemId: ItemId
  readonly x: number
  readonly y: number
}

/** The visible part of the board, in board coordinates of the viewport centre and a zoom factor. */
export interface PresenceViewport {
  readonly x: number
  readonly y: number
  readonly zoom: number
}

/** The whole awareness state of one connection. Every field may be missing. */
export interface PresenceState {
  readonly user?: PresenceUser
  /** Pointer position in board coordinates, throttled by the sender. */
  readonly cursor?: { readonly x: number; readonly y: number } | null
  readonly drag?: PresenceDrag | null
  /** The item whose text this person is editing. */
  readonly editing?: ItemId | null
  readonly viewport?: PresenceViewport | null
}

/** Query parameter on the collaboration websocket URL that names the connecting participant. */
export const PARTICIPANT_PARAM = 'participant'
