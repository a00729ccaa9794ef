import type { BoardSnapshot } from '@coboard/shared'

// Boards and views as JSON that compares equal when they mean the same, and a diff that says
// where two of them part.

/**
 * A board as JSON that does not depend on the order a device happened to learn things in
 * (Y.Map keys iterate in local arrival order): Maps become objects and Sets arrays, sorted by
 * key, and so do the votes. `wellFormed` replaces half emoji with U+FFFD, as Yjs does on the wire.
 */
export function canonicalJson(board: BoardSnapshot, wellFormed = false): string {
  const key = (vote: BoardSnapshot['votes'][number]) =>
    `${vote.sessionId}|${vote.participantId}|${vote.slot}`
  const votes = [...board.votes].sort((a, b) => compare(key(a), key(b)))
  return toJson({ ...board, votes }, wellFormed)
}

/** JSON of any value, with Maps, Sets and non-finite numbers written out (see canonicalJson). */
export function toJson(value: unknown, wellFormed = false): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (entry instanceof Map) {
      return Object.fromEntries([...entry.entries()].sort((a, b) => compare(a[0], b[0])))
    }
    if (entry instanceof Set) return [...entry].sort(compare)
    if (typeof entry === 'number' && !Number.isFinite(entry)) return String(entry)
    if (wellFormed && typeof entry === 'string') return toWellFormed(entry)
    return entry
  })
}

/** Fields whose value is a choice among ties, made by arrival order (KnownIssues.arrivalOrder). */
const TIE_BROKEN = new Set(['top', 'sharedPriorities', 'underHeard'])

/**
 * The same JSON with arrays and keys sorted, tie-broken fields dropped and float noise rounded
 * off: what is left must not depend on arrival order.
 */
export function orderFree(json: string): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.map(strip).sort((a, b) => compare(JSON.stringify(a), JSON.stringify(b)))
    }
    // Sums taken in another order differ in the last bits, near 0 as well as near 1.
    if (typeof value === 'number') return Math.round(value * 1e9) / 1e9
    if (typeof value !== 'object' || value === null) return value
    const entries = Object.entries(value).filter(([key]) => !TIE_BROKEN.has(key))
    entries.sort((a, b) => compare(a[0], b[0]))
    return Object.fromEntries(entries.map(([key, entry]) => [key, strip(entry)]))
  }
  return JSON.stringify(strip(JSON.parse(json)))
}

/** Where two JSON texts first differ, as a path and both values, or null when they are equal. */
export function jsonDiff(a: string, b: string): string | null {
  return diff(JSON.parse(a), JSON.parse(b), '')
}

function diff(a: unknown, b: unknown, path: string): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null
  if (typeof a === 'object' && a && typeof b === 'object' && b) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = diff(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      )
      if (found) return found
    }
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Long texts differ somewhere in the middle: show where, with the code units around it.
    let at = 0
    while (a[at] === b[at]) at++
    const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 8), at + 8))
    return `${path} (lengths ${a.length} and ${b.length}, from index ${at}): ${around(a)} vs ${around(b)}`
  }
  return `${path || '.'}: ${clip(JSON.stringify(a))} vs ${clip(JSON.stringify(b))}`
}

/** The text with every half surrogate pair replaced by U+FFFD, as Yjs's UTF-8 encoding does. */
export function toWellFormed(text: string): string {
  return text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  )
}

export const compare = (a: unknown, b: unknown) =>
  String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
const clip = (text = 'undefined') => (text.length > 160 ? `${text.slice(0, 160)}…` : text)
