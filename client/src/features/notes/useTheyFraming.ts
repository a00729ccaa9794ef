import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { TheyFramingResult } from '@coboard/shared'
import {
  loadTheyFraming,
  loadedTheyFraming,
  onTheyFramingLoaded,
  type TheyFramingDetector,
} from '../../core/lib/theyFramingLoader'

// A small shared cache keyed by the text makes a note remounted by culling, or re-rendered with
// the same text, free; the detector keeps its own per-sentence cache, so a keystroke re-reads
// one sentence. Emptied when full rather than tracked as an LRU.
const MAX_CACHED = 500
const cache = new Map<string, TheyFramingResult>()

function theyFramingOf(detector: TheyFramingDetector, text: string): TheyFramingResult {
  let result = cache.get(text)
  if (!result) {
    if (cache.size >= MAX_CACHED) cache.clear()
    result = detector.detectTheyFraming(text)
    cache.set(text, result)
  }
  return result
}

// Fetched when the browser is idle, so a board's first paint never waits on the model.
function loadWhenIdle(): () => void {
  const load = () => void loadTheyFraming().catch(() => undefined)
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(load, 200)
  return () => clearTimeout(handle)
}

/** What the detector makes of a note's text, or null until its chunk has loaded. */
export interface TheyFraming {
  readonly result: TheyFramingResult
  readonly detector: TheyFramingDetector
}

/**
 * "They" framing in a note's text, or null until the detector has loaded (fetching it is this
 * hook's doing), and always null when `wanted` is false: a read-only screen such as the
 * projector, which never offers a reframe, never fetches the model. Read in the same render as the keystroke, not deferred: a keystroke re-reads
 * one sentence, 0.2 ms p95 on a laptop (bench/scenarios/theyFramingCost.ts), well inside the
 * 2 ms budget at a quarter of the speed, and a deferred read would render the chip twice.
 */
export function useTheyFraming(text: string, wanted = true): TheyFraming | null {
  const detector = useSyncExternalStore(onTheyFramingLoaded, loadedTheyFraming, () => null)
  useEffect(() => (detector || !wanted ? undefined : loadWhenIdle()), [detector, wanted])
  return useMemo(
    () => (detector && wanted ? { result: theyFramingOf(detector, text), detector } : null),
    [detector, text, wanted],
  )
}
