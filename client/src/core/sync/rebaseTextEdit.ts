import { diffText, mapCaret } from '@coboard/shared'

/**
 * Replays a local edit (`base` → `next`) onto `current`, the text as it is now after other
 * people's edits since `base`. A textarea's value can lag the document by a frame; diffing the
 * document against that stale value would undo whatever a peer typed in between. Instead the
 * local splice is moved past the peers' changes, the way a caret is.
 */
export function rebaseTextEdit(base: string, next: string, current: string): string {
  if (current === base) return next
  const { index, remove, insert } = diffText(base, next)
  const start = mapCaret(base, current, index)
  const end = Math.max(start, mapCaret(base, current, index + remove))
  return current.slice(0, start) + insert + current.slice(end)
}
