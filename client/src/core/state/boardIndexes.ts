import type { BoardItem, ItemId, ParticipantId, PresenceState, RoleId } from '@coboard/shared'

// Lookups that every card asks of the whole board, built once per version of what they read
// instead of once per card: with 300 notes, a scan per note per change is 90,000 steps a frame.
// Each is cached on the identity of its inputs, which the read model keeps while unchanged.

const reframedCache = new WeakMap<ReadonlyMap<ItemId, BoardItem>, ReadonlySet<ItemId>>()

/** The notes that already have a reframe card. */
export function reframedNotes(items: ReadonlyMap<ItemId, BoardItem>): ReadonlySet<ItemId> {
  let sources = reframedCache.get(items)
  if (!sources) {
    const found = new Set<ItemId>()
    for (const item of items.values()) {
      if (item.kind === 'reframe' && item.sourceNoteId) found.add(item.sourceNoteId)
    }
    sources = found
    reframedCache.set(items, sources)
  }
  return sources
}

/** Someone else who is typing in an item right now, as their awareness names them. */
export interface RemoteEditor {
  readonly participantId: ParticipantId
  readonly name: string
  readonly role: RoleId
}

const editorsCache = new WeakMap<
  ReadonlyMap<number, PresenceState>,
  ReadonlyMap<ItemId, RemoteEditor>
>()
// The last index built: an editor who is still the same keeps the same object in the next one,
// so only a note whose editor changed sees a change.
let lastEditors: ReadonlyMap<ItemId, RemoteEditor> = new Map()

/** Who else is typing in each item, from their awareness `editing` field. */
export function editorsByItem(
  peers: ReadonlyMap<number, PresenceState>,
): ReadonlyMap<ItemId, RemoteEditor> {
  let editors = editorsCache.get(peers)
  if (!editors) {
    const found = new Map<ItemId, RemoteEditor>()
    for (const peer of peers.values()) {
      if (!peer.editing || !peer.user || found.has(peer.editing)) continue
      const { participantId, name, role } = peer.user
      const before = lastEditors.get(peer.editing)
      const same =
        before &&
        before.participantId === participantId &&
        before.name === name &&
        before.role === role
      found.set(peer.editing, same ? before : { participantId, name, role })
    }
    editors = lastEditors = found
    editorsCache.set(peers, editors)
  }
  return editors
}
