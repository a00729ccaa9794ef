// Where boards live between server runs. The interface is asynchronous so that a PostgreSQL store
// can implement it; the SQLite store does its work synchronously inside each call.
//
// A board's document is stored as one snapshot plus a log of the updates applied since. Every
// update is in the log before a client is told it arrived (see extensions/Persistence.ts and
// extensions/WriteAhead.ts), and compaction folds the log into the snapshot in the background.
// Each person's private words on a board, the document `<board id>/private/<participant id>`
// (privateWordsDocName in shared/), are stored the same way beside the board and go with it;
// loadUpdates, appendUpdate and compact take either kind of document name.

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

/**
 * A board's join code as stored: neither the code nor the edit token is in it (see
 * joinCodes/joinCodeCrypto.ts). A row goes when its board is deleted.
 */
export interface JoinCodeRecord {
  /** Hash of the stretched code; the key the code is found by. */
  readonly codeHash: Uint8Array
  /** The board the code opens. */
  readonly boardId: string
  /** The board's edit token, sealed under a key only the code gives. */
  readonly sealedToken: Uint8Array
  /** Milliseconds since the epoch. */
  readonly createdAt: number
}

/**
 * What saveJoinCode did: the code is this board's now (newly or already), it belongs to another
 * board (nothing was written), or the board does not exist (nothing was written).
 */
export type SaveJoinCodeOutcome = 'saved' | 'taken' | 'no-board'

/**
 * What bindDevice found: the device speaks for the participant (bound now or before), another
 * device does, the board already binds as many devices as it may, or there is no such board.
 */
export type DeviceBinding = 'own' | 'taken' | 'full' | 'no-board'

/** Most devices one board binds: five times the roster's limit, so joining never runs out. */
export const MAX_DEVICES_PER_BOARD = 10_000

export interface BoardStore {
  /**
   * True when appendUpdate has committed by the time it returns, in the caller's turn, so later
   * reads and compactions see it (SQLite); Persistence then appends from the document's update
   * event and holds the client's ack until the promise resolves. Absent or false when the write
   * is committed only once its promise resolves (PostgreSQL): WriteAhead awaits it before
   * Hocuspocus applies, and so acknowledges, a client's update.
   */
  readonly commitsSynchronously?: boolean

  /** Stores a new board with its initial document state. Throws when the id is taken. */
  createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void>

  /** The board's record, or null when there is no such board. */
  findBoard(id: string): Promise<BoardRecord | null>

  /**
   * Everything needed to rebuild the document `name` (a board id or a private-words document
   * name): the snapshot first, then the log in the order it was appended. A board always has a
   * snapshot, so an empty list means there is no such board. A private-words document of an
   * existing board with nothing stored yet loads as one empty Yjs update, never as an empty list;
   * one of a board that does not exist loads as an empty list.
   */
  loadUpdates(name: string): Promise<Uint8Array[]>

  /**
   * Appends one update to the log of the document `name` and resolves true once it is durable, or
   * false (storing nothing) when its board no longer exists. Appending the same update twice is
   * harmless: Yjs applies it once.
   */
  appendUpdate(name: string, update: Uint8Array): Promise<boolean>

  /**
   * Folds the log of the document `name` into a new snapshot built from `snapshot` (the caller's
   * whole document), in one transaction, dropping the rows folded in. Nothing stored may be lost,
   * even while another process appends to or compacts the same document: a row is dropped only
   * when the new snapshot contains it. SQLite serves one process, whose document has every row it
   * appended; PostgreSQL merges the stored snapshot and the rows it drops into `snapshot`.
   * Resolves false when the board no longer exists.
   */
  compact(name: string, snapshot: Uint8Array): Promise<boolean>

  /**
   * Stores a board's join code unless its hash is already stored. Idempotent: saving a board's
   * code again leaves the first row as it is and says 'saved'. Never takes a code from another
   * board ('taken'), and writes nothing for a board that does not exist ('no-board').
   */
  saveJoinCode(record: JoinCodeRecord): Promise<SaveJoinCodeOutcome>

  /**
   * Binds `participantId` on the board to the device whose key hashes to `keyHash` unless a
   * device is bound already, and says whether this device is the one. The first device to use
   * a participant id keeps it; only the key's SHA-256 is stored, and compared in constant time.
   */
  bindDevice(boardId: string, participantId: string, keyHash: Uint8Array): Promise<DeviceBinding>

  /** The join code stored under `codeHash`, or null when there is none. */
  findJoinCode(codeHash: Uint8Array): Promise<JoinCodeRecord | null>

  /**
   * Deletes the board, its snapshot, its log, its join code and everyone's private words on it;
   * false when there was no such board.
   */
  deleteBoard(id: string): Promise<boolean>

  /**
   * Whether the store can serve requests right now (for `/readyz`): it writes and commits a
   * scratch row, so a full disk or a database that only reads is not ready. Callers ask at most
   * every second or so.
   */
  isReady(): Promise<boolean>

  /** Releases the database. Calls after this reject. Safe to call twice. */
  close(): Promise<void>
}
