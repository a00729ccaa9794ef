import type * as Y from 'yjs'

/** Every top-level shared type of a board document; the root names live here and nowhere else. */
export interface BoardRoots {
  /** Title, purpose, roles, schema version, current stage, timer, vote session, summon. */
  readonly meta: Y.Map<unknown>
  /** Item id → Y.Map of that item's fields (see docs/schema.md). */
  readonly items: Y.Map<Y.Map<unknown>>
  /** Participant id → Y.Map with `name`, `role`, `joinedAt`. */
  readonly participants: Y.Map<Y.Map<unknown>>
  /** The agenda: Y.Map per stage with `id`, `title`, `prompt`, `minutes`, `private`, `revealed`. */
  readonly stages: Y.Array<Y.Map<unknown>>
  /** `sessionId|participantId|slot` → item id. One key per dot, so concurrent votes never collide. */
  readonly votes: Y.Map<string>
  /** Participant id → time they took the facilitator hat. */
  readonly facilitators: Y.Map<number>
  /** Append-only log of FacilitationEvent objects. */
  readonly facilitationLog: Y.Array<unknown>
}

/** Returns the shared types of a board document, creating them on first use. */
export function getBoardRoots(doc: Y.Doc): BoardRoots {
  return {
    meta: doc.getMap('meta'),
    items: doc.getMap('items'),
    participants: doc.getMap('participants'),
    stages: doc.getArray('stages'),
    votes: doc.getMap('votes'),
    facilitators: doc.getMap('facilitators'),
    facilitationLog: doc.getArray('facilitationLog'),
  }
}
