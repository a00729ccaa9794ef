import { Forbidden, Unauthorized, type CloseCode, type DenialReason } from '@coboard/shared'

// Errors thrown from Hocuspocus hooks. Hocuspocus sends `reason` to the client (as the
// permission-denied reason or the close reason) and prints any hook error that has a `message`
// to the console, so routine refusals carry an empty message and are logged by us, as JSON.

/** A refused connection: the client receives `reason` before any board data. */
export class AccessDenied extends Error {
  readonly code: number

  constructor(readonly reason: DenialReason) {
    super('')
    this.name = 'AccessDenied'
    this.code = reason === 'missing-token' ? Unauthorized.code : Forbidden.code
  }
}

/** Compaction failed; thrown from onStoreDocument so Hocuspocus keeps the board loaded. */
export class StoreFailed extends Error {
  constructor(readonly boardId: string) {
    super(`Could not store board ${boardId}; keeping it in memory and retrying`)
    this.name = 'StoreFailed'
  }
}

/**
 * Stops the remaining hooks of a chain without being treated as a failure: Hocuspocus drops the
 * message that triggered the hook and, since there is no message, logs nothing.
 */
export class StopHooks extends Error {
  constructor() {
    super('')
    this.name = 'StopHooks'
  }
}

/**
 * Thrown from a hook that Hocuspocus awaits before applying a message (beforeSync): the message
 * is neither applied nor acknowledged, and Hocuspocus closes the connection with this code.
 */
export class CloseConnection extends Error {
  readonly code: number
  readonly reason: string

  constructor({ code, reason }: CloseCode) {
    super('')
    this.name = 'CloseConnection'
    this.code = code
    this.reason = reason
  }
}
