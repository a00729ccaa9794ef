import type * as Y from 'yjs'

/** The parts of a Y.Doc's state that tell whether its last transaction finished. */
interface TransactionState {
  readonly _transaction: unknown
  readonly _transactionCleanups: readonly unknown[]
}

/**
 * Whether a transaction on `doc` never finished its cleanup, outside any transaction: an
 * observer or Yjs itself threw inside it (a stack overflow, say). Yjs then never cleans up
 * again, so the document stops emitting updates for good: nothing more would be broadcast or
 * stored. Such a document must be dropped, never acknowledged from.
 */
export function isBroken(doc: Y.Doc): boolean {
  const state = doc as unknown as TransactionState
  return state._transaction === null && state._transactionCleanups.length > 0
}
