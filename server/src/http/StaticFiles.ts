import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

/** Vite puts content-hashed files here: a changed file gets a new name, so they never go stale. */
const HASHED_PREFIX = '/assets/'

const NOT_BUILT =
  'Coboard is running, but the client is not built yet.\nRun `npm run build`, then reload this page.\n'

/**
 * Serves the built client from one folder. `/`, `/b/…` and the short join links `/j/…` get
 * index.html (the client routes them). A path can only name a regular file inside the folder: `..`, encoded separators,
 * dot-files and symlinks leading outside all end in 404.
 */
export class StaticFiles {
  private readonly root: string

  constructor(clientDir: string) {
    this.root = path.resolve(clientDir)
  }

  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (isAppRoute(pathname)) {
      const index = await this.findFile('/index.html')
      if (index) return this.sendFile(req, res, index, 'no-cache')
      return sendText(res, 200, NOT_BUILT)
    }
    const file = await this.findFile(pathname)
    if (!file) return sendText(res, 404, 'Not found\n')
    const cache = pathname.startsWith(HASHED_PREFIX)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache'
    return this.sendFile(req, res, file, cache)
  }

  /** The real path of the regular file `pathname` names inside the root, or null. */
  private async findFile(pathname: string): Promise<{ path: string; stat: fs.Stats } | null> {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return null
    }
    const segments = decoded.split('/')
    if (decoded.includes('\0') || decoded.includes('\\') || segments.some(isHiddenOrParent)) {
      return null
    }
    try {
      const root = await fs.promises.realpath(this.root)
      const real = await fs.promises.realpath(path.join(root, ...segments))
      if (!real.startsWith(root + path.sep)) return null
      const stat = await fs.promises.stat(real)
      return stat.isFile() ? { path: real, stat } : null
    } catch {
      return null
    }
  }

  private async sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: { path: string; stat: fs.Stats },
    cacheControl: string,
  ): Promise<void> {
    const etag = `"${file.stat.size.toString(16)}-${Math.floor(file.stat.mtimeMs).toString(16)}"`
    res.setHeader(
      'Content-Type',
      CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    )
    res.setHeader('Cache-Control', cacheControl)
    res.setHeader('ETag', etag)
    res.setHeader('Last-Modified', file.stat.mtime.toUTCString())
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304
      return void res.end()
    }
    res.statusCode = 200
    res.setHeader('Content-Length', file.stat.size)
    if (req.method === 'HEAD') return void res.end()
    // A client that goes away mid-download is routine, not a server fault.
    await pipeline(fs.createReadStream(file.path), res).catch(() => res.destroy())
  }
}

function isAppRoute(pathname: string): boolean {
  if (pathname === '/' || pathname === '/b' || pathname.startsWith('/b/')) return true
  return pathname === '/j' || pathname.startsWith('/j/')
}

function isHiddenOrParent(segment: string): boolean {
  return segment.startsWith('.')
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-cache')
  res.end(text)
}
