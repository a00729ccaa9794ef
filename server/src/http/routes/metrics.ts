import type { ServerMetrics } from '../../metrics/ServerMetrics'
import type { RouteHandler } from '../router'

/**
 * `GET /metrics` → the Prometheus text format. Counts and timings only, no board ids or tokens;
 * still, keep it to the monitoring network at the reverse proxy (see docs/scaling.md).
 */
export function metricsRoute(metrics: ServerMetrics): RouteHandler {
  return async ({ res }) => {
    const body = await metrics.render()
    res.statusCode = 200
    res.setHeader('Content-Type', metrics.contentType)
    res.setHeader('Cache-Control', 'no-store')
    res.end(body)
  }
}
