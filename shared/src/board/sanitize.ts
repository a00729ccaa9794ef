import { MAX_COORDINATE } from './schema'
import { isPlainText } from './sharedTypes'

// Readers never trust the document: any peer with an edit token can write anything into it.
// These helpers turn whatever is stored into a value of the expected shape.

/** A finite number clamped into ±MAX_COORDINATE; anything else becomes `fallback`. */
export function readCoordinate(value: unknown, fallback = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value))
}

/** A string cut to `max` code units; anything that is not a string becomes `fallback`. */
export function readString(value: unknown, max: number, fallback = ''): string {
  if (typeof value !== 'string') return fallback
  return cutText(value, max)
}

/**
 * The text of a Y.Text (or a plain string written by an older or hostile client), cut to `max`.
 * Anything else, a Y.XmlText included, reads as empty.
 */
export function readText(value: unknown, max: number): string {
  if (isPlainText(value)) return readString(value.toString(), max)
  return readString(value, max)
}

/** A finite timestamp, or 0. */
export function readTime(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0
}

/** One of the allowed values, or `fallback`. */
export function readOneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

/** A short id string, or null. */
export function readId<T extends string>(value: unknown): T | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? (value as T) : null
}

/** A boolean; anything else is false. */
export function readFlag(value: unknown): boolean {
  return value === true
}

/**
 * A plain object's own fields (a JSON-like record, with no prototype) or null. Only own fields:
 * lib0 decodes a `__proto__` key sent by another device into the object's prototype, while the
 * device that wrote it keeps a plain field, so inherited fields would make the same document
 * read differently on different screens.
 */
export function readRecord(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  // Object.assign copies own enumerable fields; with no prototype on the target, an own
  // `__proto__` field stays a field.
  return Object.assign(Object.create(null) as Record<string, unknown>, value)
}

/**
 * `value` cut to at most `max` UTF-16 code units without splitting a surrogate pair: Yjs sends
 * strings as UTF-8, so half an emoji would reach every other device as U+FFFD while its author
 * kept the half, and the board would read differently on different screens.
 */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value
  const end = max > 0 && isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max
  return value.slice(0, end)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
