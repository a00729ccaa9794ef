// Exports run on the server and in browsers in any time zone; every date they print is UTC, so
// the same board gives the same file wherever it is exported.

/** The last millisecond of the year 9999: later times cannot be written as ISO 8601. */
const LATEST_TIME = 253_402_300_799_999

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function toDate(ms: number): Date {
  return new Date(Number.isFinite(ms) ? Math.max(0, Math.min(LATEST_TIME, ms)) : 0)
}

/** An ISO 8601 UTC timestamp; out-of-range times are clamped instead of throwing. */
export function toIsoTime(ms: number): string {
  return toDate(ms).toISOString()
}

/** Milliseconds since the epoch of an ISO 8601 timestamp written by `toIsoTime`. */
export function fromIsoTime(iso: string): number {
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? ms : 0
}

/** A date as people write it, such as "28 November 2026" (UTC). */
export function formatDate(ms: number): string {
  const date = toDate(ms)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

/** A time of day on the 24-hour clock, such as "09:05" (UTC). */
export function formatTime(ms: number): string {
  const date = toDate(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}
