// What SqliteLogWriter (main thread) and sqliteLogWorker (its worker thread) say to each other.

/** What the worker is started with. */
export interface LogWorkerData {
  /** The SQLite file, already created and migrated by the main thread. */
  readonly file: string
}

/** One write, answered by a LogReply with the same ticket once it is committed or has failed. */
export type LogRequest =
  | {
      readonly op: 'append'
      readonly ticket: number
      readonly boardId: string
      readonly update: Uint8Array
    }
  | {
      readonly op: 'compact'
      readonly ticket: number
      readonly boardId: string
      readonly snapshot: Uint8Array
    }
  /** Closes the database; the worker then has nothing left to do and ends. */
  | { readonly op: 'close'; readonly ticket: number }

export type LogReply =
  | {
      readonly ticket: number
      readonly ok: true
      /** append, compact: false when the board no longer exists. */
      readonly value: boolean
      /** compact: indexes of stored rows left out because they do not decode. */
      readonly skipped?: readonly number[]
    }
  | { readonly ticket: number; readonly ok: false; readonly message: string }
