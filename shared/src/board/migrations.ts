import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { BOARD_SCHEMA_VERSION, DEFAULT_ROLES } from './schema'

// Numbered migrations bring an older document to BOARD_SCHEMA_VERSION. The server runs them when
// it loads a board, before any client sees it. Each step is idempotent.

type Migration = (doc: Y.Doc) => void

const MIGRATIONS: Record<number, Migration> = {
  // 0 → 1: documents from before versioning get the version stamp and the default roles.
  1: (doc) => {
    const { meta } = getBoardRoots(doc)
    if (!Array.isArray(meta.get('roles')))
      meta.set(
        'roles',
        DEFAULT_ROLES.map((r) => ({ ...r })),
      )
  },
}

/** The document's schema version (0 when it has none). */
export function schemaVersionOf(doc: Y.Doc): number {
  const version = getBoardRoots(doc).meta.get('schemaVersion')
  return typeof version === 'number' && Number.isInteger(version) ? version : 0
}

/**
 * Brings `doc` up to BOARD_SCHEMA_VERSION in one transaction; returns the versions applied.
 * A document from a newer Coboard is left alone: its readers skip what they do not know.
 */
export function migrateBoard(doc: Y.Doc, origin?: unknown): number[] {
  const from = schemaVersionOf(doc)
  if (from >= BOARD_SCHEMA_VERSION) return []
  const applied: number[] = []
  doc.transact(() => {
    for (let version = from + 1; version <= BOARD_SCHEMA_VERSION; version++) {
      MIGRATIONS[version]?.(doc)
      applied.push(version)
    }
    getBoardRoots(doc).meta.set('schemaVersion', BOARD_SCHEMA_VERSION)
  }, origin)
  return applied
}
