import type { Extension, onLoadDocumentPayload } from '@hocuspocus/server'
import {
  BOARD_SCHEMA_VERSION,
  migrateBoard,
  schemaVersionOf,
  readPrivateWordsDocName,
} from '@coboard/shared'
import type { Logger } from '../logger'

/** Origin of migration transactions, so observers can tell them from people's edits. */
export const MIGRATION_ORIGIN = 'coboard:schema-migration'

/**
 * Brings every board document to the current schema as it loads, before any client sees it.
 * A board from a newer Coboard is left as it is (its readers skip what they do not know).
 */
export class SchemaGuard implements Extension {
  readonly extensionName = 'SchemaGuard'
  // After Persistence (1000) has applied the stored state, and while it records what we write.
  readonly priority = 900

  constructor(private readonly log: Logger) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    // A private-words document is no board: PrivateWords looks after it.
    if (readPrivateWordsDocName(documentName)) return
    const from = schemaVersionOf(document)
    const applied = migrateBoard(document, MIGRATION_ORIGIN)
    if (applied.length > 0) {
      this.log.info({ boardId: documentName, from, applied }, 'migrated board document')
    } else if (from > BOARD_SCHEMA_VERSION) {
      this.log.warn({ boardId: documentName, version: from }, 'board is from a newer Coboard')
    }
  }
}
