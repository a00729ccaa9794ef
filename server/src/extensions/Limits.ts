import type * as Y from 'yjs'
import {
  isTransactionOrigin,
  type afterHandleMessagePayload,
  type Extension,
  type onAuthenticatePayload,
  type onLoadDocumentPayload,
} from '@hocuspocus/server'
import type { Logger } from '../logger'
import type { LimitsConfig } from '../limits/LimitsConfig'
import { findOverflows, limitNotice } from '../limits/notices'
import type { SocketLimiter } from '../collab/SocketLimiter'
import { ResyncRequired } from '../collab/closeCodes'

/**
 * The limits that need a board. The socket-level ones (size, rate, address, frame checks) live in
 * CollabSocket; this extension tells it when a socket has authenticated (ending its deadline),
 * keeps a board's backlog of out-of-order updates small, and tells a person in words when Repair
 * trimmed their edit to the board's limits.
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
