import type { IncomingMessage, ServerResponse } from 'node:http'

/** What a route handler gets: the raw request and response, the parsed URL and path parameters. */
export interface RouteContext {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly url: URL
  readonly params: Readonly<Record<string, string>>
}

export type RouteHandler = (context: RouteContext) => Promise<void> | void

export type RouteMatch =
  | {
      readonly kind: 'found'
      readonly handler: RouteHandler
      readonly params: Record<string, string>
    }
  /** The path exists, but not for this method (answer 405 with `Allow`). */
  | { readonly kind: 'wrong-method'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' }

interface Route {
  readonly method: string
  /** Literal segments, or `:name` for a parameter that takes one whole segment. */
  readonly segments: readonly string[]
  readonly handler: RouteHandler
}

/**
 * A small table router: patterns like `/api/boards/:id/export.json`, matched segment by segment.
 * Parameters arrive percent-decoded; a segment that does not decode matches nothing. A GET route
 * also answers HEAD (Node drops the body).
 */
export class Router {
  private readonly routes: Route[] = []

  on(method: string, pattern: string, handler: RouteHandler): this {
    this.routes.push({ method, segments: pattern.split('/'), handler })
    return this
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = pathname.split('/')
    const allowed = new Set<string>()
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments)
      if (!params) continue
      if (route.method === method || (route.method === 'GET' && method === 'HEAD')) {
        return { kind: 'found', handler: route.handler, params }
      }
      allowed.add(route.method)
    }
    return allowed.size > 0 ? { kind: 'wrong-method', allowed: [...allowed] } : { kind: 'none' }
  }
}

function matchSegments(
  pattern: readonly string[],
  path: readonly string[],
): Record<string, string> | null {
  if (pattern.length !== path.length) return null
  // No prototype: route handlers read a parameter by name, and a name never finds an inherited one.
  const params: Record<string, string> = Object.create(null)
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(':')) {
      const value = decodeSegment(path[i])
      if (value === null || value === '') return null
      params[pattern[i].slice(1)] = value
    } else if (pattern[i] !== path[i]) {
      return null
    }
  }
  return params
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
