import {
  MAX_COORDINATE,
  MAX_NAME_LENGTH,
  type ItemId,
  type ParticipantId,
  type PresenceDrag,
  type PresenceState,
  type PresenceUser,
  type PresenceViewport,
} from '@coboard/shared'

// Awareness states come from other browsers: anything could be in them. These readers keep
// only well-formed fields, the same way the board readers treat the document.

/** A note someone else is dragging right now, with who is dragging it. */
export interface RemoteDrag extends PresenceDrag {
  readonly clientId: number
  readonly user?: PresenceUser
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const readPoint = (value: unknown) => {
  if (!isRecord(value)) return null
  const { x, y } = value
  if (typeof x !== 'number' || typeof y !== 'number') return null
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null
  const clamp = (n: number) => Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, n))
  return { x: clamp(x), y: clamp(y) }
}

const readUser = (value: unknown): PresenceUser | undefined => {
  if (!isRecord(value)) return undefined
  const { participantId, name, role } = value
  if (typeof participantId !== 'string' || participantId === '') return undefined
  return {
    participantId: participantId.slice(0, MAX_NAME_LENGTH) as ParticipantId,
    name: typeof name === 'string' ? name.slice(0, MAX_NAME_LENGTH) : '',
    role: typeof role === 'string' ? role.slice(0, MAX_NAME_LENGTH) : 'other',
  }
}

const readDrag = (value: unknown): PresenceDrag | null => {
  const point = readPoint(value)
  if (!point || !isRecord(value) || typeof value.itemId !== 'string') return null
  return { itemId: value.itemId as ItemId, ...point }
}

const readViewport = (value: unknown): PresenceViewport | null => {
  const point = readPoint(value)
  if (!point || !isRecord(value) || typeof value.zoom !== 'number') return null
  // Same range as the camera allows (see state/viewport.ts): a follower never zooms to nothing.
  const zoom = Number.isFinite(value.zoom) ? Math.max(0.1, Math.min(4, value.zoom)) : 1
  return { ...point, zoom }
}

/** One awareness state, cleaned; unknown fields are dropped. */
export function readPresence(value: unknown): PresenceState {
  if (!isRecord(value)) return {}
  return {
    user: readUser(value.user),
    cursor: readPoint(value.cursor),
    drag: readDrag(value.drag),
    editing: typeof value.editing === 'string' ? (value.editing as ItemId) : null,
    viewport: readViewport(value.viewport),
  }
}

/** Every peer's in-flight drag by item id; when two people drag one note, the later client wins. */
export function collectRemoteDrags(
  peers: ReadonlyMap<number, PresenceState>,
): ReadonlyMap<ItemId, RemoteDrag> {
  const drags = new Map<ItemId, RemoteDrag>()
  for (const [clientId, state] of peers) {
    if (state.drag) drags.set(state.drag.itemId, { ...state.drag, clientId, user: state.user })
  }
  return drags
}
