import type * as Y from 'yjs'
import {
  isTransactionOrigin,
  type afterHandleMessagePayload,
  type Document,
  type Extension,
  type onAuthenticatePayload,
  type onLoadDocumentPayload,
} from '@hocuspocus/server'
import type { Logger } from '../logger'
import type { LimitsConfig } from '../limits/LimitsConfig'
import { findOverflows, limitNotice } from '../limits/notices'
import type { SocketLimiter } from '../collab/SocketLimiter'
import { RateLimited, ResyncRequired } from '@coboard/shared'

/**
 * The limits that need a board. The socket-level ones (size, rate, address, frame checks) live in
 * CollabSocket; this extension tells it when a socket has authenticated (ending its deadline)
 * and how long its updates took (its time budget), keeps a board's backlog of out-of-order
 * updates small, and tells a person in words when Repair trimmed their edit to the board's limits.
 */
export class Limits implements Extension {
  readonly extensionName = 'Limits'
  // After Auth (100): only a connection Auth admitted counts as authenticated.
  readonly priority = 90

  constructor(
    private readonly config: LimitsConfig,
    private readonly sockets: SocketLimiter,
    private readonly log: Logger,
  ) {}

  async onAuthenticate({ request }: onAuthenticatePayload): Promise<void> {
    this.sockets.markAuthenticated(request)
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    this.measureWork(document, documentName)
    // Before observers run, so before Repair's 'afterTransaction' has trimmed anything.
    document.on('beforeObserverCalls', (transaction: Y.Transaction) => {
      const origin: unknown = transaction.origin
      if (!isTransactionOrigin(origin) || origin.source !== 'connection') return
      // Nothing may escape from here: a throw inside Yjs's transaction cleanup corrupts the doc.
      try {
        for (const code of findOverflows(document, transaction)) {
          origin.connection.sendStateless(limitNotice(code))
          this.log.info({ boardId: documentName, code }, 'an edit went past a board limit')
        }
      } catch (error) {
        this.log.error({ boardId: documentName, err: error }, 'could not check board limits')
      }
    })
  }

  /**
   * The time budget: from the start of a connection's transaction to the end of all that follows
   * from it (repair, appending to the log, broadcasting), which Yjs brackets with
   * before/afterAllTransactions. A slow disk's sync counts too; the budget leaves room for that.
   */
  private measureWork(document: Document, documentName: string): void {
    let started = 0
    document.on('beforeAllTransactions', () => {
      started = performance.now()
    })
    document.on('afterAllTransactions', (_doc: Y.Doc, transactions: Y.Transaction[]) => {
      const origin: unknown = transactions[0]?.origin
      if (!isTransactionOrigin(origin) || origin.source !== 'connection') return
      const { connection } = origin
      try {
        if (this.sockets.chargeWork(connection.request, performance.now() - started)) return
        this.log.warn({ boardId: documentName }, 'a connection used up its time budget')
        connection.webSocket.close(RateLimited.code, RateLimited.reason)
      } catch (error) {
        this.log.error({ boardId: documentName, err: error }, 'could not charge work')
      }
    })
  }

  async afterHandleMessage({ document, connection }: afterHandleMessagePayload): Promise<void> {
    // Yjs holds back updates whose history it has not seen, and re-reads that backlog on every
    // later update. A peer only builds such a backlog briefly after a server restart; one that
    // keeps growing it is dropped, and the sender syncs again, which re-sends anything real.
    const store = document.store
    const pending =
      (store.pendingStructs?.update.byteLength ?? 0) + (store.pendingDs?.byteLength ?? 0)
    if (pending <= this.config.maxPendingBytes) return
    store.pendingStructs = null
    store.pendingDs = null
    this.log.warn({ boardId: document.name, bytes: pending }, 'dropped out-of-order updates')
    connection.webSocket.close(ResyncRequired.code, ResyncRequired.reason)
  }
}
