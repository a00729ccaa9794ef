import type * as TheyFraming from '../../../../shared/src/board/theyFraming'

/** The "they" framing detector and its "we" rewrite, once its chunk has arrived. */
export type TheyFramingDetector = typeof TheyFraming

// The detector carries wink-nlp and its English model (0.8 MB brotli): it is a chunk of its own,
// fetched the first time a note card asks for it and never by a phone, which shows no note
// cards. Until it arrives no chip shows; a failed fetch is tried again on the next ask.
let detector: TheyFramingDetector | null = null
let loading: Promise<TheyFramingDetector> | null = null
const listeners = new Set<() => void>()

/** The detector if it has loaded, else null. */
export function loadedTheyFraming(): TheyFramingDetector | null {
  return detector
}

/** Fetches the detector's chunk once; later calls share the same promise. */
export function loadTheyFraming(): Promise<TheyFramingDetector> {
  loading ??= import('../../../../shared/src/board/theyFraming').then(
    (module) => {
      detector = module
      for (const listener of listeners) listener()
      return module
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** Calls `listener` when the detector arrives; returns the unsubscribe function. */
export function onTheyFramingLoaded(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
