// Close codes of the collaboration socket, by name. The 44xx ones match Hocuspocus's own
// constants (Unauthorized, Forbidden), so its provider reads them the same way.

export interface CloseCode {
  readonly code: number
  readonly reason: string
}

/** The server is shutting down; the client should reconnect later (RFC 6455 "going away"). */
export const ServerShutdown: CloseCode = { code: 1001, reason: 'Server shutting down' }

/** The client sent a text frame; the collaboration protocol is binary only. */
export const UnsupportedData: CloseCode = { code: 1003, reason: 'Binary frames only' }

/** No token was presented. */
export const Unauthorized: CloseCode = { code: 4401, reason: 'Unauthorized' }

/** The token does not open this board, or the board does not exist. */
export const Forbidden: CloseCode = { code: 4403, reason: 'Forbidden' }

/** The board was deleted while people were connected; reconnecting will be refused. */
export const BoardDeleted: CloseCode = { code: 4404, reason: 'Board deleted' }
