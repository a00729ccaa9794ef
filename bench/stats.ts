// Percentiles and their formatting. A delivery that never arrived counts as slower than every
// one that did: a percentile that falls among the missing is reported as "> window", never as a
// flattering number computed over the survivors only.

/** Percentiles of a sample, in milliseconds; `missing` deliveries rank above every value. */
export interface Summary {
  readonly count: number
  readonly missing: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly max: number
  readonly mean: number
}

/** Nearest-rank percentile of an ascending-sorted array that has `missing` +∞ values appended. */
export function percentile(sorted: ArrayLike<number>, p: number, missing = 0): number {
  const total = sorted.length + missing
  if (total === 0) return Number.NaN
  const rank = Math.max(1, Math.ceil((p / 100) * total))
  return rank <= sorted.length ? sorted[rank - 1] : Number.POSITIVE_INFINITY
}

/** Sorts a copy of `values` and summarises it. */
export function summarize(values: ArrayLike<number>, missing = 0): Summary {
  const sorted = Float64Array.from(values).sort()
  let sum = 0
  for (const value of sorted) sum += value
  return {
    count: sorted.length,
    missing,
    p50: percentile(sorted, 50, missing),
    p95: percentile(sorted, 95, missing),
    p99: percentile(sorted, 99, missing),
    max: missing > 0 ? Number.POSITIVE_INFINITY : (sorted[sorted.length - 1] ?? Number.NaN),
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
  }
}

/** Milliseconds for a table: "3.2", "15.1", "151", "2,700"; "> 5 s" for a delivery still missing. */
export function formatMs(ms: number, windowMs?: number): string {
  if (Number.isNaN(ms)) return '–'
  if (ms === Number.POSITIVE_INFINITY) {
    return windowMs === undefined ? 'never' : `> ${formatNumber(windowMs / 1000)} s`
  }
  if (ms < 100) return ms.toFixed(1)
  return Math.round(ms).toLocaleString('en-US')
}

/** A number with thousands separators and at most `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–'
  return value.toLocaleString('en-US', { maximumFractionDigits: digits })
}

/** Bytes as KB (1 KB = 1,024 B) with one decimal. */
export function formatKb(bytes: number): string {
  return `${formatNumber(bytes / 1024)} KB`
}

/** "1.8×" for a/b, "–" when either side is missing, infinite, zero or negative (noise). */
export function formatRatio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0 || b <= 0) return '–'
  const ratio = a / b
  if (ratio < 0.1) return `${ratio.toPrecision(2)}×`
  return `${ratio < 10 ? ratio.toFixed(2) : Math.round(ratio).toLocaleString('en-US')}×`
}

/**
 * "met" or how far a value is past a ceiling: "missed by 40 ms (1.4×)". `unit` formats the gap.
 */
export function judge(value: number, ceiling: number, unit: (gap: number) => string): string {
  if (Number.isNaN(value)) return 'not measured'
  if (value <= ceiling) return 'met'
  if (!Number.isFinite(value)) return 'missed (not all delivered)'
  return `missed by ${unit(value - ceiling)} (${formatRatio(value, ceiling)} the target)`
}
