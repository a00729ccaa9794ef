import type { BoardRecord, BoardStore, JoinCodeRecord } from '../../server/src/storage/BoardStore'

/**
 * A real store with fault injection: the next `failCompactions` compactions (and the next
 * `failAppends` appends, the next `failFinds` lookups and
 * `failLoads` loads) throw, as a full disk or a lost database connection would. While
 * `appendsSettle` is set, an append is committed at once but reports success only once that
 * promise resolves, as a slow disk sync would; while `compactionsWait` is set, a compaction waits
 * for it before writing the snapshot it was given.
 */
export class FlakyStore implements BoardStore {
  failCompactions = 0
  failAppends = 0
  failFinds = 0
  failLoads = 0
  compactAttempts = 0
  appendsSettle: Promise<void> | null = null
  compactionsWait: Promise<void> | null = null

  constructor(private readonly inner: BoardStore) {}

  get commitsSynchronously() {
    return this.inner.commitsSynchronously
  }

  createBoard(record: BoardRecord, initialState: Uint8Array) {
    return this.inner.createBoard(record, initialState)
  }
  async findBoard(id: string) {
    if (this.failFinds > 0) {
      this.failFinds -= 1
      throw new Error('injected lookup failure')
    }
    return this.inner.findBoard(id)
  }
  async loadUpdates(id: string) {
    if (this.failLoads > 0) {
      this.failLoads -= 1
      throw new Error('injected load failure')
    }
    return this.inner.loadUpdates(id)
  }
  async appendUpdate(id: string, update: Uint8Array) {
    if (this.failAppends > 0) {
      this.failAppends -= 1
      throw new Error('injected append failure')
    }
    const stored = this.inner.appendUpdate(id, update)
    const settle = this.appendsSettle
    if (settle) await settle
    return stored
  }
  async compact(id: string, snapshot: Uint8Array) {
    this.compactAttempts += 1
    if (this.failCompactions > 0) {
      this.failCompactions -= 1
      throw new Error('injected compaction failure')
    }
    const wait = this.compactionsWait
    if (wait) await wait
    return this.inner.compact(id, snapshot)
  }
  saveJoinCode(record: JoinCodeRecord) {
    return this.inner.saveJoinCode(record)
  }
  bindDevice(boardId: string, participantId: string, keyHash: Uint8Array) {
    return this.inner.bindDevice(boardId, participantId, keyHash)
  }
  findJoinCode(codeHash: Uint8Array) {
    return this.inner.findJoinCode(codeHash)
  }
  deleteBoard(id: string) {
    return this.inner.deleteBoard(id)
  }
  isReady() {
    return this.inner.isReady()
  }
  close() {
    return this.inner.close()
  }
}
