import type { BoardStore } from '../../storage/BoardStore'
import type { Router } from '../router'
import { sendError, sendJson } from '../respond'

/** How long one answer of the store's write probe stands: load balancers poll often. */
const STORE_CHECK_MS = 1_000

/** A service besides storage that the server needs to do its job (Redis, say). */
export interface ReadinessCheck {
  /** How the 503 answer names it. */
  readonly serviceName: string
  isReady(): Promise<boolean>
}

/**
 * `GET /healthz` (the process is serving) and `GET /readyz` (and its storage takes writes: the
 * store writes a scratch row, at most once a second however often it is asked).
 */
export function addHealthRoutes(
  router: Router,
  deps: {
    readonly store: BoardStore
    readonly isListening: () => boolean
    readonly services?: readonly ReadinessCheck[]
  },
): void {
  const storeIsReady = rememberFor(STORE_CHECK_MS, () => deps.store.isReady())
  router.on('GET', '/healthz', ({ res }) =>
    deps.isListening()
      ? sendJson(res, 200, { ok: true })
      : sendError(res, 503, 'The server is starting or shutting down.'),
  )
  router.on('GET', '/readyz', async ({ res }) => {
    if (!deps.isListening() || !(await storeIsReady())) {
      return sendError(res, 503, 'The server cannot save to its storage right now.')
    }
    for (const service of deps.services ?? []) {
      if (!(await service.isReady())) {
        return sendError(res, 503, `The server cannot reach ${service.serviceName} right now.`)
      }
    }
    sendJson(res, 200, { ok: true })
  })
}

/** `check`, asked at most once per `ms`: callers meanwhile share the last answer or the one due. */
function rememberFor(ms: number, check: () => Promise<boolean>): () => Promise<boolean> {
  let last: { answer: Promise<boolean>; at: number } | null = null
  return () => {
    const now = performance.now()
    if (!last || now - last.at >= ms) last = { answer: check().catch(() => false), at: now }
    return last.answer
  }
}
