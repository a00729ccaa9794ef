import { useSyncExternalStore } from 'react'

// A router library would be more than this app needs: four screens, chosen by the path, with
// the board key in the fragment. History changes made by `navigate` are announced with the
// same event the browser fires for back/forward, so one subscription covers both.

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  window.addEventListener('hashchange', onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener('hashchange', onChange)
  }
}

const getHref = () => window.location.href

/** The current location; re-renders on back/forward, hash changes and `navigate`. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, getHref)
  return new URL(href)
}

/**
 * Goes to `href` inside the app without reloading the page when it is on this origin. With
 * `replace`, the current page leaves the history: Back does not return to it.
 */
export function navigate(href: string, options: { readonly replace?: boolean } = {}): void {
  const target = new URL(href, window.location.href)
  if (target.origin !== window.location.origin) {
    if (options.replace) window.location.replace(target.href)
    else window.location.assign(target.href)
    return
  }
  const path = target.pathname + target.search + target.hash
  if (options.replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
}
