// Coboard's service worker: it keeps the app shell (index.html and the hashed /assets/ files)
// so that a board page reloads without a network. The board itself lives in IndexedDB
// (y-indexeddb), and the API and the collaboration socket are never touched here: their
// answers must come from the server or not at all.
//
// Kept deliberately small. Strategy:
// - page loads (/, /b/… and the short join links /j/…): network first, so a new deploy is
//   picked up at once; the last good index.html when the network fails;
// - /assets/…: cache first. Vite puts a content hash in every name, so a cached file is never
//   stale, and a new build simply asks for new names.

const SHELL_CACHE = 'coboard-shell-v1'
const INDEX_KEY = '/index.html'

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== SHELL_CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/collab')) return
  if (request.mode === 'navigate' && isAppPage(url.pathname)) {
    event.respondWith(pageFromNetworkOrShell(request))
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(assetFromCacheOrNetwork(request))
  }
})

// A page names the chunks it fetched before this worker controlled it (serviceWorker.ts): its
// screen's chunk comes after the app shell, and an offline reload needs it too.
self.addEventListener('message', (event) => {
  const message = event.data
  if (!message || message.type !== 'coboard:keep-assets' || !Array.isArray(message.paths)) return
  const paths = message.paths.filter(
    (path) => typeof path === 'string' && /^\/assets\/[\w.-]+$/.test(path),
  )
  event.waitUntil(keepAssets(paths))
})

async function keepAssets(paths) {
  const cache = await caches.open(SHELL_CACHE)
  for (const path of paths) {
    if (await cache.match(path)) continue
    // From the browser's own cache, as a rule: the page fetched it a moment ago.
    const response = await fetch(path).catch(() => null)
    if (response && response.ok) await cache.put(path, response)
  }
}

/** The pages the client routes itself; the server answers all of them with index.html. */
function isAppPage(pathname) {
  if (pathname === '/' || pathname === '/b' || pathname.startsWith('/b/')) return true
  return pathname === '/j' || pathname.startsWith('/j/')
}

async function pageFromNetworkOrShell(request) {
  try {
    const response = await fetch(request)
    if (response.ok) {
      const copy = response.clone()
      // Refresh the shell in the background; the page does not wait for it.
      caches.open(SHELL_CACHE).then((cache) => cache.put(INDEX_KEY, copy))
    }
    return response
  } catch (error) {
    const cached = await caches.match(INDEX_KEY)
    if (cached) return cached
    throw error
  }
}

async function assetFromCacheOrNetwork(request) {
  const cached = await caches.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) {
    const copy = response.clone()
    caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy))
  }
  return response
}

/** Stores index.html and every asset it names, so the very first visit already works offline. */
async function cacheShell() {
  const cache = await caches.open(SHELL_CACHE)
  const response = await fetch('/', { cache: 'no-cache' })
  if (!response.ok) return
  const html = await response.clone().text()
  await cache.put(INDEX_KEY, response)
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1])
  await cache.addAll([...new Set(assets)])
}
