// Close codes of the collaboration socket, by name, in one place for both sides: the server
// closes with them, the client explains them. The 44xx ones mirror HTTP statuses and match
// Hocuspocus's own constants where it has one (Unauthorized, Forbidden), so its provider reads
// them the same way. Reasons of the newer codes are short stable keys, since a close reason may
// carry at most 123 bytes; CLOSE_EXPLANATIONS gives the words to show a person.

/** A websocket close: the numeric code the client matches on, and a short reason for logs. */
export interface CloseCode {
  readonly code: number
  readonly reason: string
}

/** The server is shutting down; the client should reconnect later (RFC 6455 "going away"). */
export const ServerShutdown: CloseCode = { code: 1001, reason: 'Server shutting down' }

/** The client sent a text frame; the collaboration protocol is binary only. */
export const UnsupportedData: CloseCode = { code: 1003, reason: 'Binary frames only' }

/**
 * A message over the size limit (RFC 6455 "message too big"). `ws` closes with this code itself,
 * before reading the message, and sends no reason: match on the code.
 */
export const MessageTooBig: CloseCode = { code: 1009, reason: 'message-too-big' }

/**
 * Storage failed to take an update after a few tries (RFC 6455 "try again later"); the provider
 * reconnects and sends its edits again.
 */
export const StorageUnavailable: CloseCode = { code: 1013, reason: 'Storage unavailable' }

/** A frame that does not decode, or a message kind a client never sends. */
export const MalformedMessage: CloseCode = { code: 4400, reason: 'malformed-message' }

/** No token was presented. */
export const Unauthorized: CloseCode = { code: 4401, reason: 'Unauthorized' }

/** The token does not open this board, or the board does not exist. */
export const Forbidden: CloseCode = { code: 4403, reason: 'Forbidden' }

/** The board was deleted while people were connected; reconnecting will be refused. */
export const BoardDeleted: CloseCode = { code: 4404, reason: 'Board deleted' }

/** The socket did not authenticate to any board in time. */
export const AuthTimeout: CloseCode = { code: 4408, reason: 'auth-timeout' }

/**
 * Updates from this connection wait for history the server never got; they were dropped and the
 * client must sync again. The provider does so by itself when it reconnects, losing nothing.
 */
export const ResyncRequired: CloseCode = { code: 4409, reason: 'resync-required' }

/** One update would take the server too long to apply (too many parts, too deep, too big). */
export const UpdateTooLarge: CloseCode = { code: 4413, reason: 'update-too-large' }

/**
 * Applying an update broke the server's copy of the board (it threw, or left Yjs's cleanup
 * undone), so nothing of it was acknowledged and the board was reopened from storage. Everyone
 * on the board is closed with this; providers reconnect and send again what was not saved.
 */
export const BoardReloaded: CloseCode = { code: 4500, reason: 'board-reloaded' }

/** The connection sent more messages or bytes per second than it may. */
export const RateLimited: CloseCode = { code: 4429, reason: 'rate-limited' }

/** The client's address already has as many sockets open as it may. */
export const TooManyConnections: CloseCode = { code: 4430, reason: 'too-many-connections' }

/**
 * The connection did not read what the server sent it fast enough: its outgoing buffer passed
 * the cap, or stopped draining for seconds. What it missed is not queued, so it must sync again;
 * the provider does so by itself when it reconnects, losing nothing.
 */
export const TooSlow: CloseCode = { code: 4431, reason: 'too-slow' }

/**
 * Words for a person, by close code (by code, because 1009 arrives without a reason). The client
 * shows these instead of the bare reason; a code missing here is not explained.
 */
export const CLOSE_EXPLANATIONS: Readonly<Record<number, string>> = {
  [ServerShutdown.code]:
    'The server is restarting. The board will reconnect by itself in a moment; nothing is lost.',
  [UnsupportedData.code]:
    'This page sent something the server does not understand. Please reload the page.',
  [MessageTooBig.code]:
    'That change is too large to send in one go, so it was not saved. Try a smaller change, ' +
    'for example pasting less text at once.',
  [StorageUnavailable.code]:
    'The server cannot save changes right now. The board will reconnect and send them again.',
  [MalformedMessage.code]:
    'The server could not read a message from this page. Please reload the page; if it keeps ' +
    'happening, this page may be out of date.',
  [Unauthorized.code]: 'The link is missing its key: the long code after the # sign.',
  [Forbidden.code]: 'The key in this link does not open this board.',
  [BoardDeleted.code]: 'This board has been deleted.',
  [AuthTimeout.code]:
    'The connection took too long to open the board and was closed. It will try again by itself.',
  [ResyncRequired.code]:
    'Some changes reached the server out of order. The board is reconnecting to send them ' +
    'again; nothing is lost.',
  [UpdateTooLarge.code]:
    'That change is too large or too complicated for the board, so it was not saved. Try a ' +
    'smaller change.',
  [BoardReloaded.code]:
    'The server could not apply a change to this board and reopened it from what was saved. ' +
    'The board reconnects by itself and sends your unsaved changes again.',
  [RateLimited.code]:
    'This page sent changes faster than the server accepts. It will reconnect in a moment.',
  [TooManyConnections.code]:
    'Too many Coboard connections are open from your network. Close board tabs you do not ' +
    'need, or ask whoever runs Coboard to raise the limit.',
  [TooSlow.code]:
    'The connection could not keep up with the board, so the server dropped it. It is ' +
    'reconnecting by itself; nothing is lost.',
}
