import type { BoardSnapshot } from '@coboard/shared'

// Boards and views as JSON that compares equal when they mean the same, and a diff that says
// where two of them part.

/**
 * A board as JSON that does not depend on the order a device happened to learn things in
 * (Y.Map keys iterate in local arrival order): Maps become objects and Sets arrays, sorted by
 * key, and so do the votes.
 */
export function canonicalJson(board: BoardSnapshot): string {
  const key = (vote: BoardSnapshot['votes'][number]) =>
    `${vote.sessionId}|${vote.participantId}|${vote.slot}`
  const votes = [...board.votes].sort((a, b) => compare(key(a), key(b)))
  return toJson({ ...board, votes })
}

/** JSON of any value, with Maps, Sets and non-finite numbers written out (see canonicalJson). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (entry instanceof Map) {
      return Object.fromEntries([...entry.entries()].sort((a, b) => compare(a[0], b[0])))
    }
    if (entry instanceof Set) return [...entry].sort(compare)
    if (typeof entry === 'number' && !Number.isFinite(entry)) return String(entry)
    return entry
  })
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

export const compare = (a: unknown, b: unknown) =>
  String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
const clip = (text = 'undefined') => (text.length > 160 ? `${text.slice(0, 160)}…` : text)
