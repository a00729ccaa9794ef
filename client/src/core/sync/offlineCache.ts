import type * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'

/** A copy of one board kept in this browser's IndexedDB, so the board survives Wi-Fi and reloads. */
export interface OfflineCache {
  /** True once the stored copy (if any) has been applied to the document. */
  isLoaded(): boolean
  /** Calls `listener` once the stored copy has been applied; at once if it already has. */
  onLoaded(listener: () => void): () => void
  /**
   * Deletes the stored copy. Used when the server refuses the link: a revoked link must not keep
   * a readable board on the device.
   */
  clear(): Promise<void>
  destroy(): void
}

/** A board's cache is named after its id, a private-words document's after its own name. */
const cacheName = (name: string) => `coboard:board:${name}`

/**
 * Attaches IndexedDB persistence to `doc`. Attach before the network provider: the cached board
 * then renders at once, and edits made offline are stored as they happen and merged with
 * everyone else's by Yjs when the socket comes back.
 *
 * IndexedDB can be missing or refuse to open (some private modes, disk full). The board then
 * simply works online only, as it did before there was a cache.
 */
export function attachOfflineCache(doc: Y.Doc, boardId: string): OfflineCache {
  let persistence: IndexeddbPersistence | null = null
  let loaded = false
  const listeners = new Set<() => void>()
  const markLoaded = () => {
    if (loaded) return
    loaded = true
    for (const listener of listeners) listener()
    listeners.clear()
  }

  try {
    if (typeof indexedDB !== 'undefined')
      persistence = new IndexeddbPersistence(cacheName(boardId), doc)
  } catch {
    persistence = null
  }
  if (persistence) {
    persistence.whenSynced.then(markLoaded, markLoaded)
    // When the database cannot be opened, `whenSynced` never settles; the board must not wait
    // for a cache that will never load.
    persistence._db.catch(markLoaded)
  } else {
    markLoaded()
  }

  return {
    isLoaded: () => loaded,
    onLoaded(listener) {
      if (loaded) {
        listener()
        return () => {}
      }
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async clear() {
      try {
        await persistence?.clearData()
      } catch {
        // Nothing stored, or storage already gone: either way nothing is left to clear.
      }
    },
    destroy() {
      listeners.clear()
      void persistence?.destroy().catch(() => {})
    },
  }
}
