import * as Y from 'yjs'
import {
  isTransactionOrigin,
  type beforeUnloadDocumentPayload,
  type Document,
  type beforeSyncPayload,
  type Connection,
  type Extension,
  type Hocuspocus,
  type onConfigurePayload,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server'
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import type { BoardStore } from '../storage/BoardStore'
import { applyStoredUpdates } from '../storage/applyStoredUpdates'
import { planLoad } from '../storage/planLoad'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import type { Logger } from '../logger'
import { AccessDenied, StoreFailed } from '../collab/errors'
import { holdAcksUntil } from '../collab/holdAcks'
import { BoardDeleted } from '@coboard/shared'

/** What Persistence tracks for one loaded document. */
interface BoardState {
  /** Updates appended to the log since the snapshot was last written. */
  uncompacted: number
  /**
   * Set while the last write failed: the board stays loaded, the whole state is written on retry,
   * and this settles once it has been.
   */
  rewritten: { readonly promise: Promise<void>; readonly resolve: () => void } | null
  /** Writes that have failed so far: a rewrite clears `rewritten` only if none failed meanwhile. */
  failures: number
  /**
   * The board was deleted, or this document of it discarded (SafeApply), while loaded; nothing
   * more is written from it.
   */
  deleted: boolean
  /** Consecutive failed attempts, for the back-off. */
  attempts: number
  retry: NodeJS.Timeout | null
}

const RETRY_BASE_MS = 500
const RETRY_MAX_MS = 30_000
const RETRY_ORIGIN = { source: 'coboard-store-retry' } as const

/**
 * Durable on acknowledgement. Every update is appended to the board's log in the turn it is
 * applied, and the client's acknowledgement is held until the append is on the disk (with a store
 * that commits later, WriteAhead writes a client's update before it is applied, and it is not
 * appended again); the debounced onStoreDocument then folds the log into the snapshot in the
 * background. A failed write is logged and retried with back-off, and the board is not unloaded
 * until a write succeeds.
 */
export class Persistence implements Extension {
  readonly extensionName = 'Persistence'
  // Loads before SchemaGuard (900), so whatever a migration writes is appended to the log.
  readonly priority = 1000

  // Keyed by document object, not name: a board unloading and loading again is two documents.
  private readonly boards = new WeakMap<Document, BoardState>()
  private readonly retries = new Set<NodeJS.Timeout>()
  private instance: Hocuspocus | null = null
  private stopped = false

  constructor(
    private readonly store: BoardStore,
    private readonly log: Logger,
    private readonly metrics: ServerMetrics | null = null,
  ) {}

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    try {
      this.load(document, documentName, await this.store.loadUpdates(documentName))
    } catch (error) {
      // Hocuspocus drops a document that failed to load without destroying it, which would leave
      // its awareness timer running for good.
      document.destroy()
      throw error
    }
  }

  async onStoreDocument({ document }: onStoreDocumentPayload): Promise<void> {
    const state = this.boards.get(document)
    if (!state || state.deleted) return
    if (await this.compact(document, state)) return
    this.scheduleRetry(document, state)
    // Rejecting tells Hocuspocus the store failed, so it keeps the document in memory.
    throw new StoreFailed(document.name)
  }

  /**
   * While the board's last write failed, nothing sent to it is known to be on the disk, not even
   * an update the server already holds in memory (a client resending what it was never told was
   * saved, which applies as no change and so is not appended): its ack waits for the rewrite.
   */
  async beforeSync({ connection, document, type }: beforeSyncPayload): Promise<void> {
    const rewritten = this.boards.get(document)?.rewritten
    if (rewritten && (type === messageYjsSyncStep2 || type === messageYjsUpdate)) {
      holdAcksUntil(connection, rewritten.promise)
    }
  }

  async beforeUnloadDocument({ document }: beforeUnloadDocumentPayload): Promise<void> {
    // Unloading is aborted by rejecting; the retry unloads the board once it has been written.
    if (this.boards.get(document)?.rewritten) throw new StoreFailed(document.name)
  }

  /** Writes the snapshot of every given board that has updates not yet in it (for shutdown). */
  async flushAll(documents: Iterable<Document>): Promise<void> {
    await Promise.all(
      [...documents].map((document) =>
        // The mutex Hocuspocus holds while storing: waits for a store already under way.
        document.saveMutex.runExclusive(async () => {
          const state = this.boards.get(document)
          if (state && !state.deleted && (state.uncompacted > 0 || state.rewritten)) {
            await this.compact(document, state)
          }
        }),
      ),
    )
  }

  /**
   * Writes nothing more from `document`, whose state broke in memory (SafeApply): not the
   * update that broke it, not a snapshot of it. The board reloads from what is stored.
   */
  discard(document: Document): void {
    const state = this.boards.get(document)
    if (!state) return
    state.deleted = true
    markWritten(state)
  }

  /** Cancels pending retries; for shutdown, once no more updates can arrive. */
  stop(): void {
    this.stopped = true
    for (const timer of this.retries) clearTimeout(timer)
    this.retries.clear()
  }

  private load(document: Document, documentName: string, updates: Uint8Array[]): void {
    // Auth found the board a moment ago; an empty list means it was deleted since.
    if (updates.length === 0) throw new AccessDenied('unknown-board')
    // Only rows that load, migrate and repair cleanly reach the board: anything else would make
    // the board unopenable, or leave its document unable to emit (and so to store) any edit.
    let plan: ReturnType<typeof planLoad>
    try {
      plan = planLoad(updates)
    } catch (error) {
      // Not one row loads: the board does not open, and says so in the metrics and the log.
      this.metrics?.boardRepairFailures.inc({ stage: 'load' })
      this.log.error(
        { boardId: documentName, err: error, rows: updates.length },
        'board does not load',
      )
      throw error
    }
    const skipped = [...plan.skipped, ...applyStoredUpdates(document, plan.rows)]
    if (skipped.length > 0 || plan.cutOff.length > 0) {
      this.metrics?.boardRepairFailures.inc({ stage: 'load' })
      this.log.error(
        { boardId: documentName, skipped, cutOff: plan.cutOff, rows: updates.length },
        'opened a board without the stored rows that break it',
      )
    }
    const state: BoardState = {
      uncompacted: updates.length - 1,
      rewritten: null,
      failures: 0,
      deleted: false,
      attempts: 0,
      retry: null,
    }
    this.boards.set(document, state)
    // Attached after the stored rows are applied, so they are not appended twice. Yjs emits
    // 'update' synchronously inside the transaction that Hocuspocus applies for a client, so the
    // hold is in place before Hocuspocus sends the ack, in the same turn.
    document.on('update', (update: Uint8Array, origin: unknown) =>
      this.append(document, state, update, origin),
    )
  }

  private append(document: Document, state: BoardState, update: Uint8Array, origin: unknown): void {
    // From Redis: the instance whose client sent it has logged it, and compacts it.
    if (state.deleted || (isTransactionOrigin(origin) && origin.source === 'redis')) return
    state.uncompacted += 1
    const sender = sendingConnection(origin)
    // WriteAhead logged a client's update before it was applied (stores that commit later).
    if (sender && !this.store.commitsSynchronously) return
    const append = this.store.appendUpdate(document.name, update)
    if (sender) holdAcksUntil(sender, append)
    append.then(
      (stored) => {
        if (!stored) this.forgetDeleted(document, state)
      },
      (error: unknown) => {
        // The in-memory document still has the update: writing the whole state covers it.
        this.log.error({ boardId: document.name, err: error }, 'could not append an update')
        markFailing(state)
        this.scheduleRetry(document, state)
      },
    )
  }

  /** Folds the log into a fresh snapshot; true when the board is written (or gone). */
  private async compact(document: Document, state: BoardState): Promise<boolean> {
    const covered = state.uncompacted
    const failures = state.failures
    try {
      const stored = await this.store.compact(document.name, Y.encodeStateAsUpdate(document))
      if (!stored) {
        this.forgetDeleted(document, state)
        return true
      }
      state.uncompacted -= covered
      // An append that failed while this ran may hold an update the snapshot, taken before, does
      // not: the board stays failing, and the retry that failure scheduled writes it again.
      if (state.failures === failures) markWritten(state)
      state.attempts = 0
      return true
    } catch (error) {
      markFailing(state)
      state.attempts += 1
      this.log.error(
        { boardId: document.name, err: error, attempt: state.attempts },
        'could not store board; keeping it loaded and retrying',
      )
      return false
    }
  }

  private scheduleRetry(document: Document, state: BoardState): void {
    if (this.stopped || state.retry !== null || document.isDestroyed) return
    const delay =
      state.attempts === 0 ? 0 : Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (state.attempts - 1))
    const timer = setTimeout(() => {
      state.retry = null
      this.retries.delete(timer)
      const instance = this.instance
      if (this.stopped || document.isDestroyed || !instance) return
      // Through Hocuspocus, so the store holds the document's save mutex and unloads it after.
      instance
        .storeDocumentHooks(
          document,
          {
            instance,
            document,
            documentName: document.name,
            clientsCount: document.getConnectionsCount(),
            lastContext: {},
            lastTransactionOrigin: RETRY_ORIGIN,
          },
          true,
        )
        .catch((error: unknown) => this.log.error({ err: error }, 'store retry failed'))
    }, delay)
    state.retry = timer
    this.retries.add(timer)
  }

  private forgetDeleted(document: Document, state: BoardState): void {
    if (state.deleted) return
    state.deleted = true
    markWritten(state)
    this.log.info({ boardId: document.name }, 'board deleted while loaded; closing its connections')
    for (const connection of document.getConnections()) connection.close(BoardDeleted)
  }
}

function markFailing(state: BoardState): void {
  state.failures += 1
  if (state.rewritten) return
  let resolve = () => {}
  const promise = new Promise<void>((settle) => (resolve = settle))
  state.rewritten = { promise, resolve }
}

function markWritten(state: BoardState): void {
  state.rewritten?.resolve()
  state.rewritten = null
}

/** The client connection an update came from, or null when the server itself made it. */
function sendingConnection(origin: unknown): Connection | null {
  return isTransactionOrigin(origin) && origin.source === 'connection'
    ? (origin.connection ?? null)
    : null
}
