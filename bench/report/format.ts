import type { ProcessLoad } from '../clients/pool'
import { formatKb, formatMs, formatNumber } from '../stats'

// What the report judges against, and the cells several sections share.

export const TARGETS = {
  p95At200: 50,
  p95At500: 100,
  bytesPerConnection: 64 * 1024,
  durableP95: 50,
  documentBytes: 200 * 1024,
  firstLoadGzip: 250 * 1024,
  openMs: 1500,
  frameMs: 16.7,
  keystrokeP95: 50,
  framesPerSecond: 55,
  remoteEditP95: 100,
  longTaskMs: 100,
  phoneDialogMs: 3000,
  phoneBytes: 200 * 1024,
  detectorKeystrokeP95: 2,
}

/** Rounding of rAF timestamps in headless Chromium; an interval this far past 16.7 ms is one vsync. */
export const VSYNC_JITTER_MS = 1

export const ms = (value: number) => `${formatMs(value)} ms`
export const kb = (value: number) => formatKb(value)

export function loadCell(load: ProcessLoad | null): string {
  if (!load) return '–'
  return `${Math.round(load.cpuPercent)} % / ${formatMs(load.lagP99)} ms`
}

export function clientCell(loads: readonly ProcessLoad[]): string {
  if (loads.length === 0) return '–'
  const busiest = loads.reduce((a, b) => (b.elu > a.elu ? b : a))
  const total = loads.reduce((sum, load) => sum + load.cpuPercent, 0)
  return `${Math.round(total)} % / ${formatNumber(busiest.elu * 100, 0)} % / ${formatMs(busiest.lagP99)} ms`
}

/** Client processes this busy delay deliveries themselves: the figure then bounds the harness. */
export const isSaturated = (loads: readonly ProcessLoad[]) =>
  loads.some((load) => load.elu > 0.8 || load.lagP99 > 50)
