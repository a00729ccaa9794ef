import type {
  BoardItem,
  ItemId,
  Participant,
  ParticipantId,
  PresenceState,
  RoleId,
} from '@coboard/shared'

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

/** Someone else who is typing in an item right now. */
export interface RemoteEditor {
  readonly name: string
  readonly role: RoleId
}

type Participants = ReadonlyMap<ParticipantId, Participant>
const editorsCache = new WeakMap<
  ReadonlyMap<number, PresenceState>,
  WeakMap<Participants, ReadonlyMap<ItemId, RemoteEditor>>
>()
// The last index built: an editor who is still the same keeps the same object in the next one.
let lastEditors: ReadonlyMap<ItemId, RemoteEditor> = new Map()

/**
 * Who else is typing in each item, from their awareness `editing` field, named as the board's
 * roster names them (the server vouches for that, not for the awareness name).
 */
export function editorsByItem(
  peers: ReadonlyMap<number, PresenceState>,
  participants: Participants,
): ReadonlyMap<ItemId, RemoteEditor> {
  let byRoster = editorsCache.get(peers)
  if (!byRoster) editorsCache.set(peers, (byRoster = new WeakMap()))
  let editors = byRoster.get(participants)
  if (!editors) {
    const found = new Map<ItemId, RemoteEditor>()
    for (const peer of peers.values()) {
      if (!peer.editing || !peer.user || found.has(peer.editing)) continue
      const entry = participants.get(peer.user.participantId)
      const editor = { name: entry?.name ?? peer.user.name, role: entry?.role ?? peer.user.role }
      const before = lastEditors.get(peer.editing)
      const same = before && before.name === editor.name && before.role === editor.role
      found.set(peer.editing, same ? before : editor)
    }
    editors = lastEditors = found
    byRoster.set(participants, editors)
  }
  return editors
}
