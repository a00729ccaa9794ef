import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { Hocuspocus } from '@hocuspocus/server'
import { COLLAB_PATH } from '@coboard/shared'
import type { Logger } from '../logger'
import type { OriginPolicy } from '../http/originPolicy'
import { ServerShutdown, UnsupportedData } from './closeCodes'

/** Largest websocket message accepted; a whole board fits in far less. */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024

/**
 * The collaboration websocket on the shared HTTP server: checks path and Origin on the upgrade,
 * then hands the socket to Hocuspocus, which authenticates per document.
 */
export class CollabSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  private closed = false

  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly origins: OriginPolicy,
    private readonly log: Logger,
  ) {}

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
    try {
      const connection = this.hocuspocus.handleConnection(ws, toFetchRequest(request))
      ws.on('message', (data: RawData, isBinary: boolean) => {
        if (!isBinary) return ws.close(UnsupportedData.code, UnsupportedData.reason)
        try {
          connection.handleMessage(toUint8Array(data))
        } catch (error) {
          this.log.error({ err: error }, 'websocket message handling failed')
        }
      })
      ws.on('close', (code: number, reason: Buffer) => {
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
