import type {
  beforeHandleMessagePayload,
  connectedPayload,
  Extension,
  onConfigurePayload,
  WebSocketLike,
} from '@hocuspocus/server'
import type { ServerMetrics } from '../metrics/ServerMetrics'

/**
 * Feeds ServerMetrics from Hocuspocus: the gauges read its connection and board counts, every
 * message a client sends is counted before any hook can refuse it, and every frame sent to an
 * admitted client is counted on its way out.
 */
export class Metrics implements Extension {
  readonly extensionName = 'Metrics'
  // Before every other extension, so a message another hook refuses is still counted.
  readonly priority = 1200

  // A socket can carry several boards' connections; its frames are counted once.
  private readonly counted = new WeakSet<WebSocketLike>()

  constructor(private readonly metrics: ServerMetrics) {}

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.metrics.observe({
      connections: () => instance.getConnectionsCount(),
      boards: () => instance.getDocumentsCount(),
    })
  }

  async beforeHandleMessage({ update }: beforeHandleMessagePayload): Promise<void> {
    this.metrics.messagesReceived.inc()
    this.metrics.bytesReceived.inc(update.byteLength)
  }

  async connected({ connection }: connectedPayload): Promise<void> {
    const socket = connection.webSocket
    if (this.counted.has(socket)) return
    this.counted.add(socket)
    // Hocuspocus has no hook for outgoing frames; every one of them goes through `send`.
    const send = socket.send.bind(socket)
    socket.send = (data) => {
      this.metrics.messagesSent.inc()
      this.metrics.bytesSent.inc(sizeOf(data))
      send(data)
    }
  }
}

function sizeOf(data: Parameters<WebSocketLike['send']>[0]): number {
  if (typeof data === 'string') return Buffer.byteLength(data)
  if (data instanceof Blob) return data.size
  return data.byteLength
}
