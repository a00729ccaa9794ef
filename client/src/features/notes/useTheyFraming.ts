import { detectTheyFraming, type TheyFramingResult } from '@coboard/shared'

// The detector runs on every render of a note whose text changed, i.e. on every keystroke, and
// again whenever culling remounts a note. A small shared cache keyed by the text makes the
// common case (same text again) free; it is emptied when full rather than tracked as an LRU.
const MAX_CACHED = 500
const cache = new Map<string, TheyFramingResult>()

/** "They" framing in a note's text: whether it blames or makes demands, and the cues seen. */
export function theyFramingOf(text: string): TheyFramingResult {
  let result = cache.get(text)
  if (!result) {
    if (cache.size >= MAX_CACHED) cache.clear()
    result = detectTheyFraming(text)
    cache.set(text, result)
  }
  return result
}
