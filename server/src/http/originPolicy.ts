import type { IncomingMessage } from 'node:http'

// Which browser origins may open the collaboration socket, and which origin the server calls its
// own in links. Browsers always send Origin on a websocket handshake; a client without one is not
// a browser, cannot be driven by a hostile page, and still has to present a token.

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

export class OriginPolicy {
  /**
   * @param publicUrl the configured origin (PUBLIC_URL), or null to use the request's Host
   * @param allowedOrigins the configured ALLOWED_ORIGINS, or null for "the server's own origin"
   */
  constructor(
    private readonly publicUrl: string | null,
    private readonly allowedOrigins: readonly string[] | null,
  ) {}

  /** The origin this request reached the server at, or null when its Host header is unusable. */
  ownOrigin(request: IncomingMessage): string | null {
    if (this.publicUrl) return this.publicUrl
    const host = request.headers.host
    return host && HOST.test(host) ? `http://${host}` : null
  }

  /** Whether a websocket handshake may proceed: no Origin, or an allowed one. */
  isAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin
    if (origin === undefined) return true
    if (this.allowedOrigins) return this.allowedOrigins.includes(origin)
    if (this.publicUrl) return origin === this.publicUrl
    // Same host as the one the browser connected to; the scheme may differ behind a TLS proxy.
    try {
      return new URL(origin).host === request.headers.host
    } catch {
      return false
    }
  }
}
