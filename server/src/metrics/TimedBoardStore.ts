import type { BoardRecord, BoardStore, JoinCodeRecord } from '../storage/BoardStore'
import type { ServerMetrics } from './ServerMetrics'

/**
 * A BoardStore that times every call into `coboard_store_duration_seconds`. Each call reaches
 * the inner store in the caller's turn, so a store that commits synchronously still does.
 */
export class TimedBoardStore implements BoardStore {
  constructor(
    private readonly inner: BoardStore,
    private readonly metrics: ServerMetrics,
  ) {}

  get commitsSynchronously() {
    return this.inner.commitsSynchronously
  }

  createBoard(record: BoardRecord, initialState: Uint8Array) {
    return this.time('create', () => this.inner.createBoard(record, initialState))
  }
  findBoard(id: string) {
    return this.time('find', () => this.inner.findBoard(id))
  }
  loadUpdates(id: string) {
    return this.time('load', () => this.inner.loadUpdates(id))
  }
  appendUpdate(id: string, update: Uint8Array) {
    return this.time('append', () => this.inner.appendUpdate(id, update))
  }
  compact(id: string, snapshot: Uint8Array) {
    return this.time('compact', () => this.inner.compact(id, snapshot))
  }
  saveJoinCode(record: JoinCodeRecord) {
    return this.time('save-join-code', () => this.inner.saveJoinCode(record))
  }
  bindDevice(boardId: string, participantId: string, keyHash: Uint8Array) {
    return this.time('bind-device', () => this.inner.bindDevice(boardId, participantId, keyHash))
  }
  findJoinCode(codeHash: Uint8Array) {
    return this.time('find-join-code', () => this.inner.findJoinCode(codeHash))
  }
  deleteBoard(id: string) {
    return this.time('delete', () => this.inner.deleteBoard(id))
  }
  isReady() {
    return this.inner.isReady()
  }
  close() {
    return this.inner.close()
  }

  private async time<T>(operation: string, call: () => Promise<T>): Promise<T> {
    const stop = this.metrics.storeDuration.startTimer({ operation })
    try {
      const result = await call()
      stop({ outcome: 'ok' })
      return result
    } catch (error) {
      stop({ outcome: 'error' })
      throw error
    }
  }
}
