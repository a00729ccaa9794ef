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

/**
 * `next` with each entry equal to its counterpart in `previous` replaced by that counterpart, or
 * `previous` itself when nothing changed at all. Awareness batches re-send every peer; sharing
 * what did not change is what lets a note's selector see "no change" when only a cursor moved.
 */
export function shareUnchanged<K, V>(
  previous: ReadonlyMap<K, V>,
  next: ReadonlyMap<K, V>,
  same: (a: V, b: V) => boolean,
): ReadonlyMap<K, V> {
  let changed = previous.size !== next.size
  const shared = new Map<K, V>()
  for (const [key, value] of next) {
    const before = previous.get(key)
    if (before !== undefined && same(before, value)) shared.set(key, before)
    else {
      shared.set(key, value)
      changed = true
    }
  }
  return changed ? shared : previous
}

const samePoint = (
  a: { readonly x: number; readonly y: number } | null | undefined,
  b: { readonly x: number; readonly y: number } | null | undefined,
) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y)

const sameUser = (a: PresenceUser | undefined, b: PresenceUser | undefined) =>
  a === b ||
  (!!a && !!b && a.participantId === b.participantId && a.name === b.name && a.role === b.role)

/**
 * `next` with each peer's `user` replaced by the previous one where it says the same: a peer who
 * only moved their pointer keeps their user object, so what is keyed on it (who is typing where)
 * sees no change.
 */
export function keepUnchangedUsers(
  previous: ReadonlyMap<number, PresenceState>,
  next: ReadonlyMap<number, PresenceState>,
): ReadonlyMap<number, PresenceState> {
  const kept = new Map<number, PresenceState>()
  for (const [clientId, state] of next) {
    const before = previous.get(clientId)?.user
    kept.set(clientId, before && sameUser(before, state.user) ? { ...state, user: before } : state)
  }
  return kept
}

/** Whether two cleaned presences say the same thing. */
export function samePresence(a: PresenceState, b: PresenceState): boolean {
  return (
    sameUser(a.user, b.user) &&
    samePoint(a.cursor, b.cursor) &&
    samePoint(a.drag, b.drag) &&
    a.drag?.itemId === b.drag?.itemId &&
    (a.editing ?? null) === (b.editing ?? null) &&
    samePoint(a.viewport, b.viewport) &&
    a.viewport?.zoom === b.viewport?.zoom
  )
}

/** Whether two remote drags put the same note at the same place, by the same person. */
export function sameRemoteDrag(a: RemoteDrag, b: RemoteDrag): boolean {
  return (
    a.clientId === b.clientId &&
    a.itemId === b.itemId &&
    samePoint(a, b) &&
    sameUser(a.user, b.user)
  )
}
