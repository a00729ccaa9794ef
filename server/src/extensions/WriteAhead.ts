import type { beforeSyncPayload, Extension } from '@hocuspocus/server'
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import type { BoardStore } from '../storage/BoardStore'
import type { Logger } from '../logger'
import { BoardDeleted, StorageUnavailable } from '@coboard/shared'
import { CloseConnection } from '../collab/errors'

/** Pauses between attempts at a failed append; then the connection is closed. */
const RETRY_DELAYS_MS = [50, 250, 1_000]

/**
 * Durable on acknowledgement, for stores whose writes finish after the call returns (PostgreSQL).
 * Hocuspocus acknowledges a client's update right after applying it, in the same turn, so an
 * append started from the document's update event would still be in flight at the ack. This hook
 * runs before Hocuspocus applies a sync message, and Hocuspocus awaits it: the update is written
 * to the log first, and only then applied and acknowledged. Writing before applying is safe
 * because Yjs updates are idempotent and commute: the row is either new content or a repeat.
 * Persistence skips these updates when they come back through the update event.
 */
export class WriteAhead implements Extension {
  readonly extensionName = 'WriteAhead'
  // Last of all beforeSync hooks: an update another extension refuses never reaches the log.
  readonly priority = 1

  constructor(
    private readonly store: BoardStore,
    private readonly log: Logger,
    private readonly retryDelaysMs: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  async beforeSync({ connection, documentName, type, payload }: beforeSyncPayload): Promise<void> {
    // A read-only connection's update is refused, not applied: nothing to write.
    if (connection.readOnly || (type !== messageYjsSyncStep2 && type !== messageYjsUpdate)) return
    // A client with nothing new answers the server's sync step with an empty update.
    if (payload.length === 2 && payload[0] === 0 && payload[1] === 0) return

    for (let attempt = 0; ; attempt++) {
      try {
        if (await this.store.appendUpdate(documentName, payload)) return
        // Deleted while in use: Persistence closes the others when it next writes the board.
        throw new CloseConnection(BoardDeleted)
      } catch (error) {
        if (error instanceof CloseConnection) throw error
        if (attempt >= this.retryDelaysMs.length) {
          this.log.error(
            { boardId: documentName, err: error, attempts: attempt + 1 },
            'could not log an update; closing the connection so the client sends it again',
          )
          // The whole socket, not only this board's connection: the provider then reconnects,
          // syncs and resends everything the server has not acknowledged.
          connection.webSocket.close(StorageUnavailable.code, StorageUnavailable.reason)
          throw new CloseConnection(StorageUnavailable)
        }
        this.log.warn({ boardId: documentName, err: error, attempt }, 'retrying a failed append')
        await new Promise((resolve) => setTimeout(resolve, this.retryDelaysMs[attempt]))
      }
    }
  }
}
