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
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage(keepAssetsMessage()))
      .catch(() => {
        // Without it the app still works online; only offline reloads are lost.
      })
  })
}

/**
 * The chunks this page fetched before the service worker took control (its screen and the parts
 * it opened), for the worker to keep: the app shell it caches on install names only the first
 * chunk, and a reload without network needs the screen's chunk too. Chunks fetched later pass
 * through the worker, which keeps them as they go by. The message's shape is sw.js's contract.
 */
function keepAssetsMessage(): { type: 'coboard:keep-assets'; paths: string[] } {
  const paths = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((pathname) => pathname.startsWith('/assets/'))
  return { type: 'coboard:keep-assets', paths: [...new Set(paths)] }
}
