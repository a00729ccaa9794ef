import * as Y from 'yjs'

/**
 * Applies a board's stored updates (snapshot first, then the log) to `doc`. A row that does not
 * decode is skipped, not thrown on, so one damaged row cannot make a whole board unreadable;
 * the indexes of the skipped rows are returned for the caller to log.
 */
export function applyStoredUpdates(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  origin?: unknown,
): number[] {
  const skipped: number[] = []
  updates.forEach((update, index) => {
    try {
      // Decode fully before applying: a row that fails halfway must not be half applied.
      Y.decodeUpdate(update)
      Y.applyUpdate(doc, update, origin)
    } catch {
      skipped.push(index)
    }
  })
  return skipped
}
