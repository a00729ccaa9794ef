import type { BoardStore } from '../../storage/BoardStore'
import type { Router } from '../router'
import { sendError, sendJson } from '../respond'

/** A service besides storage that the server needs to do its job (Redis, say). */
export interface ReadinessCheck {
  /** How the 503 answer names it. */
  readonly serviceName: string
  isReady(): Promise<boolean>
}

/** `GET /healthz` (the process is serving) and `GET /readyz` (and its storage works). */
export function addHealthRoutes(
  router: Router,
  deps: {
    readonly store: BoardStore
    readonly isListening: () => boolean
    readonly services?: readonly ReadinessCheck[]
  },
): void {
  router.on('GET', '/healthz', ({ res }) =>
    deps.isListening()
      ? sendJson(res, 200, { ok: true })
      : sendError(res, 503, 'The server is starting or shutting down.'),
  )
  router.on('GET', '/readyz', async ({ res }) => {
    if (!deps.isListening() || !(await deps.store.isReady())) {
      return sendError(res, 503, 'The server cannot reach its storage right now.')
    }
    for (const service of deps.services ?? []) {
      if (!(await service.isReady())) {
        return sendError(res, 503, `The server cannot reach ${service.serviceName} right now.`)
      }
    }
    sendJson(res, 200, { ok: true })
  })
}
