import type { BoardStore } from '../../storage/BoardStore'
import type { Router } from '../router'
import { sendError, sendJson } from '../respond'

/** `GET /healthz` (the process is serving) and `GET /readyz` (and its storage works). */
export function addHealthRoutes(
  router: Router,
  deps: { readonly store: BoardStore; readonly isListening: () => boolean },
): void {
  router.on('GET', '/healthz', ({ res }) =>
    deps.isListening()
      ? sendJson(res, 200, { ok: true })
      : sendError(res, 503, 'The server is starting or shutting down.'),
  )
  router.on('GET', '/readyz', async ({ res }) =>
    deps.isListening() && (await deps.store.isReady())
      ? sendJson(res, 200, { ok: true })
      : sendError(res, 503, 'The server cannot reach its storage right now.'),
  )
}
