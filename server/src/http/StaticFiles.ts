import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv, { type RequestHandler } from 'sirv'

/** sirv names these types without a charset; the built client's text is all UTF-8. */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** Vite puts content-hashed files here: a changed file gets a new name, so they never go stale. */
const HASHED_PREFIX = '/assets/'

const NOT_BUILT =
  'Coboard is running, but the client is not built yet.\nRun `npm run build`, then reload this page.\n'

/**
 * Serves the built client from one folder, through sirv. `/`, `/b/…` and the short join links
 * `/j/…` get index.html (the client routes them). `vite build` leaves a brotli and a gzip copy
 * beside each file worth compressing, and sirv sends the one the browser takes, with `Vary`.
 * sirv reads the folder's list of files once, when the server starts, and serves only those:
 * `..`, encoded separators, dot-files and symlinks leading outside all end in 404. A client built
 * after the server started is picked up on the next start. Source maps are served only when
 * `serveSourceMaps` asks for them.
 */
export class StaticFiles {
  private readonly files: RequestHandler | null

  constructor(
    clientDir: string,
    private readonly serveSourceMaps = false,
  ) {
    const root = path.resolve(clientDir)
    this.files = fs.existsSync(path.join(root, 'index.html'))
      ? sirv(root, {
          etag: true,
          brotli: true,
          gzip: true,
          // Only exact paths: `/b/x` must not find `/b/x.html`, nor `/assets` its index.
          extensions: [],
          setHeaders: (res, pathname) => {
            const textType = TEXT_TYPES[path.extname(pathname)]
            if (textType) res.setHeader('Content-Type', textType)
            res.setHeader(
              'Cache-Control',
              pathname.startsWith(HASHED_PREFIX)
                ? 'public, max-age=31536000, immutable'
                : 'no-cache',
            )
          },
        })
      : null
  }

  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (!this.files) {
      if (isAppRoute(pathname)) return sendText(res, 200, NOT_BUILT)
      return sendText(res, 404, 'Not found\n')
    }
    // Decoded as sirv decodes it, so `.%6Dap` is a source map too.
    if (isSourceMap(pathname) && !this.serveSourceMaps) return sendText(res, 404, 'Not found\n')
    // sirv reads the path from req.url; an app route reads as the page that routes it.
    if (isAppRoute(pathname)) req.url = '/index.html'
    const files = this.files
    return new Promise<void>((resolve) => {
      res.once('close', resolve)
      files(req, res, () => {
        sendText(res, 404, 'Not found\n')
        resolve()
      })
    })
  }
}

function isSourceMap(pathname: string): boolean {
  let decoded = pathname
  try {
    decoded = decodeURI(pathname)
  } catch {
    // A malformed escape names no file sirv would find either.
  }
  return decoded.endsWith('.map')
}

function isAppRoute(pathname: string): boolean {
  if (pathname === '/' || pathname === '/b' || pathname.startsWith('/b/')) return true
  return pathname === '/j' || pathname.startsWith('/j/')
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-cache')
  res.end(text)
}
