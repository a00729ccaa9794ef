import type { Connection } from '@hocuspocus/server'
import * as decoding from 'lib0/decoding'
import { StorageUnavailable } from '@coboard/shared'

/** Hocuspocus's MessageType.SyncStatus: "the server has your update". */
const SYNC_STATUS = 8

interface AckHold {
  /** Writes registered while this hold stands; the n-th has number n. */
  registered: number
  /** Every write up to this number has settled. */
  settledThrough: number
  /** Writes past `settledThrough` that settled early. */
  readonly settledEarly: Set<number>
  /** Acknowledgements waiting, each for every write registered before it was sent. */
  readonly waiting: { readonly after: number; readonly message: Uint8Array }[]
  /** The connection's own send, which the hold stands in front of while writes are pending. */
  readonly send: Connection['send']
}

const holds = new WeakMap<Connection, AckHold>()

/**
 * Holds back the sync-status acknowledgements sent to `connection` until `write` has settled.
 * Hocuspocus acknowledges an update in the turn it applies it, and a client treats an
 * acknowledged edit as saved, so the acknowledgement must wait for the disk; everything else the
 * connection is sent (other people's edits, presence) goes at once, so the broadcast never waits
 * for storage. Acknowledgements leave in the order they were sent. A write that fails closes the
 * socket with StorageUnavailable and acknowledges nothing more: the provider reconnects and sends
 * again what was not acknowledged, and the caller is left to log the failure and rewrite the board.
 */
export function holdAcksUntil(connection: Connection, write: Promise<unknown>): void {
  const hold = holds.get(connection) ?? startHolding(connection)
  const number = ++hold.registered
  write.then(
    () => settle(connection, hold, number),
    () => {
      hold.waiting.length = 0
      connection.webSocket.close(StorageUnavailable.code, StorageUnavailable.reason)
    },
  )
}

/** Stands in front of the connection's send until every write registered meanwhile has settled. */
function startHolding(connection: Connection): AckHold {
  const send = connection.send
  const hold: AckHold = {
    registered: 0,
    settledThrough: 0,
    settledEarly: new Set(),
    waiting: [],
    send,
  }
  holds.set(connection, hold)
  connection.send = (message: Uint8Array) => {
    if (hold.settledThrough < hold.registered && isSyncStatus(message)) {
      hold.waiting.push({ after: hold.registered, message })
    } else {
      send.call(connection, message)
    }
  }
  return hold
}

function settle(connection: Connection, hold: AckHold, number: number): void {
  hold.settledEarly.add(number)
  while (hold.settledEarly.delete(hold.settledThrough + 1)) hold.settledThrough += 1
  let released = 0
  while (released < hold.waiting.length && hold.waiting[released].after <= hold.settledThrough) {
    released += 1
  }
  for (const { message } of hold.waiting.splice(0, released)) hold.send.call(connection, message)
  if (hold.settledThrough === hold.registered && holds.get(connection) === hold) {
    connection.send = hold.send
    holds.delete(connection)
  }
}

function isSyncStatus(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message)
  decoding.readVarString(decoder)
  return decoding.readVarUint(decoder) === SYNC_STATUS
}
