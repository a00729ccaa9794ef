import type * as Y from 'yjs'

/** Every top-level shared type of a board document; the root names live here and nowhere else. */
export interface BoardRoots {
  /** Title, purpose, roles, schema version and other board-wide settings. */
  readonly meta: Y.Map<unknown>
  /** Item id → Y.Map of that item's fields (see docs/schema.md). */
  readonly items: Y.Map<Y.Map<unknown>>
  /** Participant id → Y.Map with `name`, `role`, `joinedAt`. */
  readonly participants: Y.Map<Y.Map<unknown>>
}

/** Returns the shared types of a board document, creating them on first use. */
export function getBoardRoots(doc: Y.Doc): BoardRoots {
  return {
    meta: doc.getMap('meta'),
    items: doc.getMap('items'),
    participants: doc.getMap('participants'),
  }
}
