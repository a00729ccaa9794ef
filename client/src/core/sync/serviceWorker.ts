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
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without it the app still works online; only offline reloads are lost.
    })
  })
}
