import type * as Y from 'yjs'
import { isTransactionOrigin, type Extension, type onLoadDocumentPayload } from '@hocuspocus/server'
import { getBoardRoots } from '@coboard/shared'

/** The meta key whose change makes FaultyObserver throw. */
export const FAULT_KEY = 'explode'

/**
 * Fault injection: an observer that throws from inside Yjs's transaction cleanup when a client
 * changes `meta.explode`, as a bug in any observer (or a stack overflow in Yjs itself) would.
 * Yjs then skips the rest of the cleanup, and the document never emits an update again.
 */
export class FaultyObserver implements Extension {
  readonly extensionName = 'FaultyObserver'

  async onLoadDocument({ document }: onLoadDocumentPayload): Promise<void> {
    const { meta } = getBoardRoots(document)
    document.on('afterTransaction', (transaction: Y.Transaction) => {
      const origin: unknown = transaction.origin
      if (!isTransactionOrigin(origin) || origin.source !== 'connection') return
      if (transaction.changed.get(meta as never)?.has(FAULT_KEY)) {
        throw new Error('injected observer fault')
      }
    })
  }
}
