import { MessageType } from '@hocuspocus/server'
import { MalformedMessage, UpdateTooLarge, type CloseCode } from '@coboard/shared'
import { ByteReader, Malformed } from './ByteReader'
import { inspectUpdate, isWellFormedStateVector } from './inspectUpdate'

// Checks one websocket frame of the Hocuspocus protocol before Hocuspocus reads it. Hocuspocus
// turns a frame it cannot read into a console error and a close without words (or, for the
// document name, a misleading 4401); here the sender gets a named code, and Yjs never sees an
// update that would stall the process (see inspectUpdate).

/** What to do with a frame: hand it on, ignore it, or close the socket with a code. */
export type FrameVerdict =
  /** `cost`: extra bytes to charge, for requests that make the server send a whole board. */
  | { readonly kind: 'pass'; readonly cost: number }
  | { readonly kind: 'drop' }
  | { readonly kind: 'refuse'; readonly close: CloseCode }

/**
 * Longest document name. A board id is at most 64 characters, but a longer name is still
 * refused by Auth in words ("unknown-board"); this only stops a name from pinning much memory
 * in Hocuspocus's queue of not-yet-authenticated documents (up to 100 of them).
 */
const MAX_DOCUMENT_NAME_LENGTH = 16 * 1024

/** Largest awareness state of one client: a name, a cursor and a drag are a few hundred bytes. */
const MAX_AWARENESS_STATE_BYTES = 16 * 1024

/** Sync step 1 of the Yjs protocol; steps 2 and "update" carry an update. */
const SYNC_STEP_1 = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

const PASS: FrameVerdict = { kind: 'pass', cost: 0 }
const DROP: FrameVerdict = { kind: 'drop' }
const refuse = (close: CloseCode): FrameVerdict => ({ kind: 'refuse', close })

/**
 * Reads `frame` as a client-to-server Hocuspocus message. `requestCost` is charged for sync step
 * 1 and awareness queries, whose answer may be the whole board.
 */
export function inspectFrame(
  frame: Uint8Array,
  maxUpdateOperations: number,
  requestCost: number,
): FrameVerdict {
  // The provider answers a server's ping with a bare Pong byte; this server never pings.
  if (frame.length === 1 && frame[0] === MessageType.Pong) return DROP
  try {
    const reader = new ByteReader(frame)
    if (reader.skipVarString() > MAX_DOCUMENT_NAME_LENGTH) return refuse(MalformedMessage)
    switch (reader.varUint()) {
      case MessageType.Sync:
      case MessageType.SyncReply:
        return inspectSync(reader, maxUpdateOperations, requestCost)
      case MessageType.Awareness:
        return inspectAwareness(new ByteReader(reader.varBytes()))
      case MessageType.Auth:
        // Only a token goes this way (AuthMessageType.Token), then an optional provider version.
        if (reader.varUint() !== 0) return refuse(MalformedMessage)
        reader.skipVarString()
        if (reader.remaining > 0) reader.skipVarString()
        return PASS
      case MessageType.QueryAwareness:
        return { kind: 'pass', cost: requestCost }
      case MessageType.Stateless:
        reader.skipVarString()
        return PASS
      case MessageType.CLOSE:
        return PASS
      default:
        // BroadcastStateless is server-internal, SyncStatus and Ping go only to clients.
        return refuse(MalformedMessage)
    }
  } catch (error) {
    if (error instanceof Malformed) return refuse(MalformedMessage)
    throw error
  }
}

function inspectSync(
  reader: ByteReader,
  maxUpdateOperations: number,
  requestCost: number,
): FrameVerdict {
  const step = reader.varUint()
  if (step === SYNC_STEP_1) {
    return isWellFormedStateVector(reader.varBytes())
      ? { kind: 'pass', cost: requestCost }
      : refuse(MalformedMessage)
  }
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return refuse(MalformedMessage)
  const problem = inspectUpdate(reader.varBytes(), maxUpdateOperations)
  if (problem === 'malformed') return refuse(MalformedMessage)
  return problem === 'too-large' ? refuse(UpdateTooLarge) : PASS
}

/**
 * An awareness update is a list of (client id, clock, JSON state). The state must be an object
 * (or null, for "gone"): Presence writes `state.user` into it, and a number there would throw.
 */
function inspectAwareness(reader: ByteReader): FrameVerdict {
  const entries = reader.varUint()
  if (entries * 3 > reader.remaining) return refuse(MalformedMessage)
  for (let i = 0; i < entries; i++) {
    reader.varUint()
    reader.varUint()
    const json = reader.varString()
    if (json.length > MAX_AWARENESS_STATE_BYTES) return refuse(UpdateTooLarge)
    let state: unknown
    try {
      state = JSON.parse(json)
    } catch {
      return refuse(MalformedMessage)
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      return refuse(MalformedMessage)
    }
  }
  return PASS
}
