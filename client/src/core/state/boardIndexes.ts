import type { BoardItem, ItemId, PresenceState, PresenceUser } from '@coboard/shared'

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

const editorsCache = new WeakMap<
  ReadonlyMap<number, PresenceState>,
  ReadonlyMap<ItemId, PresenceUser>
>()

/** Who else is typing in each item, from their awareness `editing` field. */
export function editorsByItem(
  peers: ReadonlyMap<number, PresenceState>,
): ReadonlyMap<ItemId, PresenceUser> {
  let editors = editorsCache.get(peers)
  if (!editors) {
    const found = new Map<ItemId, PresenceUser>()
    for (const peer of peers.values()) {
      if (!peer.editing || !peer.user || found.has(peer.editing)) continue
      // The peer's own user object: presence batches keep it while unchanged (shareUnchanged).
      found.set(peer.editing, peer.user)
    }
    editors = found
    editorsCache.set(peers, editors)
  }
  return editors
}
