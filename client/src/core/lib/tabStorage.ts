// This tab's own memory (sessionStorage): it survives a reload, not a new tab. sessionStorage can
// throw (disabled storage, some private modes); then nothing is remembered and callers fall back
// to what they hold in memory.

/** The value stored under `key` for this tab, or null. */
export function readTabValue(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null
  }
}

/** Stores `value` under `key` for this tab; null forgets it. */
export function writeTabValue(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key)
    else window.sessionStorage.setItem(key, value)
  } catch {
    // See above: the caller's memory is all there is.
  }
}
