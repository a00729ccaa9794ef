import { lazy, type ComponentType } from 'react'

/**
 * A component that comes in a chunk of its own, fetched the first time it renders: render it
 * inside <Deferred>, which shows a placeholder meanwhile. `load` picks the named export, so
 * screens keep their named exports and the import stays greppable.
 */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }))
}
