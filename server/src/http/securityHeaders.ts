import type { ServerResponse } from 'node:http'

/**
 * Sets the headers every response carries. The policy allows only this origin's own scripts,
 * styles, images and sockets. `style-src 'unsafe-inline'` is there because React components and
 * libraries such as dnd-kit set inline styles; scripts stay strictly same-origin.
 *
 * @param ownOrigin the origin the request reached (for the websocket's ws:/wss: form), if known
 */
export function setSecurityHeaders(res: ServerResponse, ownOrigin: string | null): void {
  const sockets = ownOrigin ? socketOrigins(ownOrigin) : []
  const policy = [
    "default-src 'self'",
    `connect-src 'self' ${sockets.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  res.setHeader('Content-Security-Policy', policy.join('; '))
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
}

/** The websocket forms of an http(s) origin. Behind a TLS proxy the page may be https while the
 *  server sees http, so a derived origin allows both; a configured https origin allows wss only. */
function socketOrigins(origin: string): string[] {
  const url = new URL(origin)
  return url.protocol === 'https:'
    ? [`wss://${url.host}`]
    : [`ws://${url.host}`, `wss://${url.host}`]
}
