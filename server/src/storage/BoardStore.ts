// Where boards live between server runs. The interface is asynchronous so that a PostgreSQL store
// can implement it; the SQLite store does its work synchronously inside each call.
//
// A board's document is stored as one snapshot plus a log of the updates applied since. Every
// update is in the log before a client is told it arrived (see extensions/Persistence.ts and
// extensions/WriteAhead.ts), and compaction folds the log into the snapshot in the background.

/** What the server knows about a board outside its document. */
export interface BoardRecord {
  /** Random id, also the Hocuspocus document name. */
  readonly id: string
  /** Title at creation, for operators; the live title is in the document. */
  readonly title: string
  /** SHA-256 of the edit token; the token itself is never stored. */
  readonly editTokenHash: Uint8Array
  /** SHA-256 of the view token. */
  readonly viewTokenHash: Uint8Array
  /** Milliseconds since the epoch. */
  readonly createdAt: number
}

export interface BoardStore {
  /**
   * True when appendUpdate has committed by the time it returns, in the caller's turn (SQLite);
   * Persistence then appends from the document's update event. Absent or false when the write is
   * durable only once its promise resolves (PostgreSQL): WriteAhead awaits it before Hocuspocus
   * applies, and so acknowledges, a client's update.
   */
  readonly commitsSynchronously?: boolean

  /** Stores a new board with its initial document state. Throws when the id is taken. */
  createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void>

  /** The board's record, or null when there is no such board. */
  findBoard(id: string): Promise<BoardRecord | null>

  /**
   * Everything needed to rebuild the document: the snapshot first, then the log in the order it
   * was appended. A board always has a snapshot, so an empty list means there is no such board.
   */
  loadUpdates(id: string): Promise<Uint8Array[]>

  /**
   * Appends one update to the board's log and resolves true once it is durable, or false when the
   * board no longer exists. Appending the same update twice is harmless: Yjs applies it once.
   */
  appendUpdate(id: string, update: Uint8Array): Promise<boolean>

  /**
   * Folds the log into a new snapshot built from `snapshot` (the caller's whole document), in one
   * transaction, dropping the rows folded in. Nothing stored may be lost, even while another
   * process appends to or compacts the same board: a row is dropped only when the new snapshot
   * contains it. SQLite serves one process, whose document has every row it appended; PostgreSQL
   * merges the stored snapshot and the rows it drops into `snapshot`. Resolves false when the board
   * no longer exists.
   */
  compact(id: string, snapshot: Uint8Array): Promise<boolean>

  /** Deletes the board, its snapshot and its log; false when there was no such board. */
  deleteBoard(id: string): Promise<boolean>

  /** Whether the store can serve requests right now (for `/readyz`). */
  isReady(): Promise<boolean>

  /** Releases the database. Calls after this reject. Safe to call twice. */
  close(): Promise<void>
}
