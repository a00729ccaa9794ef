import type * as Y from 'yjs'
import { isTransactionOrigin, type Extension, type onLoadDocumentPayload } from '@hocuspocus/server'
import { getBoardRoots } from '@coboard/shared'

/** The meta key whose change makes FaultyObserver throw. */
export const FAULT_KEY = 'explode'

/** Where FaultyObserver throws: see the class. */
export type FaultEvent = 'afterTransaction' | 'afterTransactionCleanup'

/**
 * Fault injection: an observer that throws when a client changes `meta.explode`, as a bug in any
 * observer (or a stack overflow in Yjs itself) would. From 'afterTransaction' the throw leaves
 * the document whole (Yjs finishes the cleanup, emits and so stores the update, then rethrows);
 * from 'afterTransactionCleanup' it skips the rest of the cleanup, as the stack overflow of the
 * attack did: the update is never emitted, and the document never emits an update again.
 */
export class FaultyObserver implements Extension {
  readonly extensionName = 'FaultyObserver'

  constructor(private readonly event: FaultEvent) {}

  async onLoadDocument({ document }: onLoadDocumentPayload): Promise<void> {
    const { meta } = getBoardRoots(document)
    document.on(this.event, (transaction: Y.Transaction) => {
      const origin: unknown = transaction.origin
      if (!isTransactionOrigin(origin) || origin.source !== 'connection') return
      if (transaction.changed.get(meta as never)?.has(FAULT_KEY)) {
        throw new Error('injected observer fault')
      }
    })
  }
}
