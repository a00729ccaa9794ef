import type { beforeSyncPayload, Extension } from '@hocuspocus/server'
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import { ResyncRequired, UpdateTooLarge } from '@coboard/shared'
import type { Logger } from '../logger'
import { CloseConnection } from '../collab/errors'
import { inspectNesting } from '../limits/inspectNesting'

/**
 * Refuses an update that would nest shared types deeper than the board's schema ever does
 * (inspectNesting; the frame checks, which have no board at hand, already refused XML types).
 * The socket is closed with UpdateTooLarge, or ResyncRequired for a type placed under history
 * the board lacks (the provider's full sync sends that history along), and nothing of the update
 * is applied, logged or acknowledged.
 */
export class NestingGuard implements Extension {
  readonly extensionName = 'NestingGuard'
  // After Auth (100); before WriteAhead (1), so a refused update never reaches the log.
  readonly priority = 95

  constructor(
    private readonly maxUpdateOperations: number,
    private readonly log: Logger,
  ) {}

  async beforeSync({ connection, document, type, payload }: beforeSyncPayload): Promise<void> {
    // A read-only connection's update is refused by Hocuspocus without being applied.
    if (connection.readOnly || (type !== messageYjsSyncStep2 && type !== messageYjsUpdate)) return
    const problem = inspectNesting(payload, document, this.maxUpdateOperations)
    if (problem === null) return
    const close = problem === 'unresolved' ? ResyncRequired : UpdateTooLarge
    this.log.warn({ boardId: document.name, problem }, 'refused an update that nests types')
    connection.webSocket.close(close.code, close.reason)
    throw new CloseConnection(close)
  }
}
