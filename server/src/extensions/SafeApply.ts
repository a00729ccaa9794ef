import * as Y from 'yjs'
import type {
  afterHandleMessagePayload,
  beforeSyncPayload,
  Document,
  Extension,
  Hocuspocus,
  onConfigurePayload,
} from '@hocuspocus/server'
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import { BoardReloaded } from '@coboard/shared'
import type { Logger } from '../logger'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import { CloseConnection } from '../collab/errors'
import { isBroken } from '../collab/isBroken'
import type { Persistence } from './Persistence'

/**
 * Never acknowledges an update whose application broke the board. Hocuspocus applies a sync
 * message through y-protocols, which swallows whatever Yjs or an observer throws, and then sends
 * the "saved" acknowledgement regardless; a throw inside Yjs's transaction cleanup leaves the
 * document unable to emit another update, so everything after it would be acknowledged but
 * neither broadcast nor stored. So this hook, the last before Hocuspocus applies the message,
 * applies it first, where a failure can be seen. Hocuspocus's own application then finds nothing
 * new and acknowledges. When applying threw or broke the document, nothing is acknowledged: the
 * board's document is dropped without writing anything more from it, every socket on the board
 * is closed with BoardReloaded, and the providers reconnect to the board reloaded from storage
 * and send again what was not saved.
 */
export class SafeApply implements Extension {
  readonly extensionName = 'SafeApply'
  // After every other beforeSync hook (WriteAhead is 1): what they refuse is never applied.
  readonly priority = 0

  private instance: Hocuspocus | null = null

  constructor(
    private readonly persistence: Persistence,
    private readonly metrics: ServerMetrics,
    private readonly log: Logger,
  ) {}

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance
  }

  async beforeSync({ connection, document, type, payload }: beforeSyncPayload): Promise<void> {
    // A read-only connection's update is refused by Hocuspocus without being applied.
    if (connection.readOnly || (type !== messageYjsSyncStep2 && type !== messageYjsUpdate)) return
    let failure: unknown = null
    try {
      // The origin Hocuspocus would give it, so every observer sees the same as before.
      Y.applyUpdate(document, payload, { source: 'connection', connection })
    } catch (error) {
      failure = error
    }
    if (failure === null && !isBroken(document)) return
    this.reload(document, failure)
    throw new CloseConnection(BoardReloaded)
  }

  /** Any other way a message broke the document (an observer of presence, say) ends the same. */
  async afterHandleMessage({ document }: afterHandleMessagePayload): Promise<void> {
    if (isBroken(document)) this.reload(document, null)
  }

  private reload(document: Document, failure: unknown): void {
    const instance = this.instance
    if (!instance || instance.documents.get(document.name) !== document) return
    this.metrics.boardRepairFailures.inc({ stage: 'update' })
    // The error only: its message names what broke, never what the board holds.
    this.log.error(
      { boardId: document.name, err: failure ?? undefined, broken: isBroken(document) },
      'an update broke the board in memory; reloading it from storage',
    )
    this.persistence.discard(document)
    // A store of this document still waiting would unload the board by name once it ran, which
    // by then may be the reloaded one: it runs now, and writes nothing since discarded.
    void instance.debouncer.executeNow(`onStoreDocument-${document.name}`)
    // Out of the map before its connections close, so that closing them unloads nothing.
    instance.documents.delete(document.name)
    for (const connection of document.getConnections()) {
      connection.close(BoardReloaded)
      connection.webSocket.close(BoardReloaded.code, BoardReloaded.reason)
    }
    if (!document.isDestroyed) document.destroy()
    // As Hocuspocus does after unloading (Redis stops relaying the board to this instance).
    void instance.hooks('afterUnloadDocument', { instance, documentName: document.name })
  }
}
