/**
 * Registers the service worker that keeps the app shell for offline reloads (client/public/sw.js).
 * Not under `vite dev` (recognised by its hot-reload API): there a cached shell would hide every
 * change being made. Checked this way rather than with `import.meta.env.PROD`, which follows
 * NODE_ENV and so is false in builds made from a test runner.
 * Registration waits for `load`, so it never competes with the board's first paint and sync.
 */
export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(keepLoadedAssets, () => {
      // Without it the app still works online; only offline reloads are lost.
    })
  })
}

/**
 * Names every chunk this page fetches, now and later, to the service worker, which keeps what it
 * has not yet got. The app shell it caches on install names only the first chunk; the screen's
 * chunk and the parts a person opens come after, some before the worker controls the page (and
 * so pass it by), and a reload without network needs them. The message's shape is sw.js's
 * contract; the worker ignores paths it already holds.
 */
function keepLoadedAssets(): void {
  const keep = (entries: readonly PerformanceEntry[]) => {
    const paths = entries
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => pathname.startsWith('/assets/'))
    if (paths.length === 0) return
    void navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: 'coboard:keep-assets', paths: [...new Set(paths)] }),
    )
  }
  keep(performance.getEntriesByType('resource'))
  new PerformanceObserver((list) => keep(list.getEntries())).observe({ type: 'resource' })
}
