import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type PerMessageDeflateOptions, type RawData, type WebSocket } from 'ws'
import type { Hocuspocus } from '@hocuspocus/server'
import {
  COLLAB_PATH,
  RateLimited,
  ServerShutdown,
  TooManyConnections,
  TooSlow,
  UnsupportedData,
  type CloseCode,
} from '@coboard/shared'
import type { Logger } from '../logger'
import type { OriginPolicy } from '../http/originPolicy'
import { ConnectionsPerAddress } from '../limits/ConnectionsPerAddress'
import { clientAddress, isLoopback } from '../limits/clientAddress'
import type { BoardAnswerBudget } from '../limits/BoardAnswerBudget'
import type { SocketAllowance, SocketLimiter } from './SocketLimiter'
import { FramesInOrder } from './FramesInOrder'
import { gateSends } from './gateSends'
import { WholeBoardTurns } from './WholeBoardTurns'

/** Hocuspocus does not export the class of what `handleConnection` returns. */
type ClientConnection = ReturnType<Hocuspocus['handleConnection']>

/** How long a peer has to answer our close frame before its TCP connection is cut. */
const CLOSE_GRACE_MS = 2_000

/**
 * permessage-deflate, which browsers offer by themselves, for messages past 16 KiB: in practice
 * whole-board answers. A newcomer's first sync of a 1,000-note board shrinks from 266 KB to 55 KB
 * on the wire (1.4 s → 0.3 s of Slow 4G), and small edits among 200 clients were as fast in the
 * same run: p50 19.5 → 19.3 ms, p95 54.6 → 56.7 ms (bench/results.md, figure 8). With a 1 KiB
 * threshold, in a run of its own, they were not (p50 13.6 → 19.8 ms, p95 38.9 → 47.5 ms), most
 * likely from presence batches past 1 KiB compressed once per socket: a socket's later sends
 * wait for its compression. A socket once sent a compressed message keeps its zlib compressor
 * until it closes (no context takeover resets it, never frees it): a 1 KiB window and memLevel 4
 * keep zlib's state near 20 KB instead of 256 KB, for 3 % more bytes. A client asking for a
 * window under 1 KiB is refused the upgrade; browsers ask for none.
 */
export const SOCKET_DEFLATE: PerMessageDeflateOptions = {
  threshold: 16 * 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 10,
  zlibDeflateOptions: { memLevel: 4 },
}

/**
 * The collaboration websocket on the shared HTTP server: checks path and Origin on the upgrade,
 * counts sockets per client address, then hands each socket to Hocuspocus, which authenticates
 * per document. Every frame is charged to the socket's allowance and checked before Hocuspocus
 * reads it; a socket over a limit is closed with a named code (see shared/src/api/closeCodes.ts).
 * A request for a whole board waits for its address's turn (BoardAnswerBudget), and what the
 * server sends passes a gate that closes a socket that does not read (gateSends).
 */
export class CollabSocket {
  private readonly wss: WebSocketServer
  private readonly addresses: ConnectionsPerAddress
  private closed = false
  private warnedAboutProxy = false

  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly origins: OriginPolicy,
    private readonly log: Logger,
    private readonly limiter: SocketLimiter,
    private readonly answers: BoardAnswerBudget,
  ) {
    // Past maxPayload, ws stops reading the message and closes with 1009 (MessageTooBig).
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: limiter.limits.maxMessageBytes,
      perMessageDeflate: SOCKET_DEFLATE,
    })
    this.addresses = new ConnectionsPerAddress(limiter.limits.maxConnectionsPerAddress)
  }

  /** Listener for the HTTP server's 'upgrade' event. */
  handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', (error) => this.log.debug({ err: error }, 'upgrade socket error'))
    try {
      const url = new URL(request.url ?? '/', 'http://upgrade.invalid')
      if (url.pathname !== COLLAB_PATH) return refuse(socket, 404, 'Not Found')
      if (this.closed) return refuse(socket, 503, 'Service Unavailable')
      if (!this.origins.isAllowed(request)) {
        this.log.info(
          { origin: request.headers.origin?.slice(0, 200) },
          'websocket refused: origin not allowed',
        )
        return refuse(socket, 403, 'Forbidden')
      }
      this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, request))
    } catch (error) {
      this.log.error({ err: error }, 'websocket upgrade failed')
      socket.destroy()
    }
  }

  /** Closes every open socket with "going away"; returns once they are gone or `graceMs` passed. */
  async close(graceMs = 2_000): Promise<void> {
    this.closed = true
    const sockets = [...this.wss.clients]
    for (const ws of sockets) ws.close(ServerShutdown.code, ServerShutdown.reason)
    await Promise.race([
      Promise.all(sockets.map((ws) => new Promise((resolve) => ws.once('close', resolve)))),
      new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
    ])
    for (const ws of this.wss.clients) ws.terminate()
    this.wss.close()
  }

  private accept(ws: WebSocket, request: IncomingMessage): void {
    // Accepted, then closed: a browser shows a refused upgrade as a bare 1006, a close has words.
    const address = clientAddress(request, this.limiter.limits.trustProxy)
    if (!this.addresses.tryOpen(address)) return this.refuseAddress(ws, address)
    ws.once('close', () => this.addresses.close(address))
    try {
      const fetchRequest = toFetchRequest(request)
      const allowance = this.limiter.open(fetchRequest, address, (close) =>
        this.closeWith(ws, close),
      )
      const turns = new WholeBoardTurns(
        ws,
        address,
        this.answers,
        this.limiter.limits.maxPresenceBytesPerBoard,
      )
      gateSends(ws, this.limiter.limits, {
        tooSlow: () => this.closeWith(ws, TooSlow),
        answered: (board, bytes) => turns.answered(board, bytes),
      })
      const connection = this.hocuspocus.handleConnection(ws, fetchRequest)
      const frames = new FramesInOrder(ws, {
        handle: (frame) => this.handOn(connection, frame),
        turn: (frame) => turns.take(frame),
        refused: () => {
          if (ws.readyState !== ws.OPEN) return
          this.log.warn('a whole-board request waited too long for its address’s allowance')
          this.closeWith(ws, RateLimited)
        },
      })
      ws.on('message', (data: RawData, isBinary: boolean) =>
        this.receive(ws, allowance, frames, data, isBinary),
      )
      ws.on('close', (code: number, reason: Buffer) => {
        allowance.end()
        turns.closed()
        try {
          connection.handleClose({ code, reason: reason.toString() })
        } catch (error) {
          this.log.error({ err: error }, 'websocket close handling failed')
        }
      })
      ws.on('error', (error) => this.log.warn({ err: error }, 'websocket error'))
    } catch (error) {
      this.log.error({ err: error }, 'could not accept websocket')
      ws.terminate()
    }
  }

  private receive(
    ws: WebSocket,
    allowance: SocketAllowance,
    frames: FramesInOrder,
    data: RawData,
    isBinary: boolean,
  ): void {
    // Frames already in flight when we closed the socket are not read.
    if (ws.readyState !== ws.OPEN) return
    if (!isBinary) return this.closeWith(ws, UnsupportedData)
    const frame = toUint8Array(data)
    const admission = allowance.admit(frame)
    if (admission === 'drop') return
    if (admission === 'pass' || admission === 'request') {
      return frames.push(frame, admission === 'request')
    }
    this.closeWith(ws, admission)
  }

  private handOn(connection: ClientConnection, frame: Uint8Array): void {
    try {
      connection.handleMessage(frame)
    } catch (error) {
      this.log.error({ err: error }, 'websocket message handling failed')
    }
  }

  /** Closes with `close`, and cuts the connection if the peer does not answer in time. */
  private closeWith(ws: WebSocket, close: CloseCode): void {
    if (ws.readyState === ws.CLOSING || ws.readyState === ws.CLOSED) return
    if (close !== ServerShutdown) this.log.info({ reason: close.reason }, 'websocket closed')
    ws.close(close.code, close.reason)
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref()
  }

  private refuseAddress(ws: WebSocket, address: string): void {
    // The address itself is not logged: it is personal data, and the count says enough.
    this.log.warn(
      { limit: this.limiter.limits.maxConnectionsPerAddress },
      'websocket refused: too many connections from one address',
    )
    if (isLoopback(address) && !this.warnedAboutProxy) {
      this.warnedAboutProxy = true
      this.log.warn(
        'the address at its limit is this machine: behind a reverse proxy, set TRUST_PROXY=1',
      )
    }
    this.closeWith(ws, TooManyConnections)
  }
}

/** Answers an upgrade request with a bare HTTP status and drops the connection. */
function refuse(socket: Duplex, status: number, text: string): void {
  socket.once('finish', () => socket.destroy())
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

/** The fetch-style Request Hocuspocus hands to hooks (URL parameters and headers). */
function toFetchRequest(request: IncomingMessage): Request {
  const headers = new Headers()
  const raw = request.rawHeaders
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i], raw[i + 1])
  return new Request(new URL(request.url ?? '/', 'http://collab.invalid'), { headers })
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
