import type * as Y from 'yjs'
import type { Extension, onLoadDocumentPayload } from '@hocuspocus/server'
import {
  REPAIR_ORIGIN,
  privateWordsRoot,
  readPrivateWordsDocName,
  repairBoard,
  repairPrivateWords,
  touchedItemIds,
  touchedKeys,
} from '@coboard/shared'
import type { Logger } from '../logger'
import { isBroken } from '../collab/isBroken'

/**
 * Accept, then repair. A peer's update is never rejected (a rejected update is resent forever and
 * locks that peer out); the server applies it and then, in a transaction of its own, removes or
 * clamps whatever breaks the schema (`repairBoard` in shared). Every client receives the repair.
 * A person's private-words document is repaired the same way (`repairPrivateWords`).
 */
export class Repair implements Extension {
  readonly extensionName = 'Repair'
  // After SchemaGuard (900): repairs the migrated document, recorded by Persistence (1000).
  readonly priority = 850

  constructor(private readonly log: Logger) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const repair = readPrivateWordsDocName(documentName) ? privateWordsRepair : boardRepair
    // Persistence loaded only rows that repaired cleanly on a trial copy; this is a last resort.
    try {
      const fixes = repair(document)
      if (fixes > 0) this.log.warn({ boardId: documentName, fixes }, 'repaired stored document')
    } catch (error) {
      this.log.error({ boardId: documentName, err: error }, 'could not repair stored document')
    }
    // A board that could not emit updates would acknowledge edits it never stores.
    if (isBroken(document)) throw new Error(`repairing ${documentName} broke its document`)

    // A transaction started from an observer runs right after the one that triggered it, so
    // the repair is appended and broadcast just behind the update it repairs.
    document.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === REPAIR_ORIGIN || transaction.changed.size === 0) return
      // Nothing may escape from here: a throw inside Yjs's transaction cleanup corrupts the doc.
      try {
        const repaired = repair(document, transaction)
        if (repaired > 0)
          this.log.info({ boardId: documentName, fixes: repaired }, 'repaired an update')
      } catch (error) {
        this.log.error({ boardId: documentName, err: error }, 'could not repair an update')
      }
    })
  }
}

/** Repairs what `transaction` touched, or the whole document when there is none. */
type DocumentRepair = (document: Y.Doc, transaction?: Y.Transaction) => number

const boardRepair: DocumentRepair = (document, transaction) =>
  repairBoard(document, transaction && touchedItemIds(transaction, document))

const privateWordsRepair: DocumentRepair = (document, transaction) =>
  repairPrivateWords(document, transaction && touchedKeys(transaction, privateWordsRoot(document)))
