import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from '../logger'
import type { OriginPolicy } from './originPolicy'
import type { Router } from './router'
import type { StaticFiles } from './StaticFiles'
import { HttpError } from './HttpError'
import { sendError } from './respond'
import { setSecurityHeaders } from './securityHeaders'

const SERVER_FAULT = 'Something went wrong on the server. Please try again.'

/**
 * The request listener: security headers on every answer, then the API router, then the static
 * client. A route that throws gets its HttpError's status, or a generic 500 and a log line that
 * names the route but nothing the request carried; it never takes the process down.
 */
export function createHttpHandler(deps: {
  readonly router: Router
  readonly staticFiles: StaticFiles
  readonly origins: OriginPolicy
  readonly log: Logger
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { router, staticFiles, origins, log } = deps

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const method = req.method ?? 'GET'
    const match = router.match(method, url.pathname)
    if (match.kind === 'found') return match.handler({ req, res, url, params: match.params })
    if (match.kind === 'wrong-method') {
      res.setHeader('Allow', match.allowed.join(', '))
      return sendError(res, 405, `This address answers ${match.allowed.join(' and ')} only.`)
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      return sendError(res, 404, 'There is no such API address.')
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return sendError(res, 405, 'Only GET and HEAD are allowed here.')
    }
    return staticFiles.serve(req, res, url.pathname)
  }

  return (req, res) => {
    const started = performance.now()
    setSecurityHeaders(res, origins.ownOrigin(req))
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://request.invalid')
    } catch {
      return sendError(res, 400, 'The request address is malformed.')
    }
    // Only the path is logged: a long or hostile one is cut, queries and fragments never are.
    const route = loggedPath(url.pathname)
    handle(req, res, url)
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          // An unread body (413) is not worth keeping the connection for.
          if (error.status === 413) res.setHeader('Connection', 'close')
          return sendError(res, error.status, error.message)
        }
        log.error({ err: error, method: req.method, route }, 'request failed')
        if (!res.headersSent) sendError(res, 500, SERVER_FAULT)
        else res.destroy()
      })
      .catch((error: unknown) => log.error({ err: error, route }, 'could not answer request'))
      .finally(() => {
        const ms = Math.round(performance.now() - started)
        log.debug({ method: req.method, route, status: res.statusCode, ms }, 'request')
      })
  }
}

/** The path as logs show it: cut to 120 characters, and with a short join link's code left out. */
function loggedPath(pathname: string): string {
  return (pathname.startsWith('/j/') ? '/j/…' : pathname).slice(0, 120)
}
