import type { Access } from '@coboard/shared'

/** The capability a board link carries in its fragment (`#edit=…` or `#view=…`). */
export interface LinkKey {
  readonly access: Access
  readonly token: string
}

/**
 * Reads the key from a location hash. The token lives in the fragment so it never reaches
 * server logs or referrers; that also means a link copied without its `#…` part opens nothing.
 */
export function readLinkKey(hash: string): LinkKey | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const edit = params.get('edit')
  if (edit) return { access: 'edit', token: edit }
  const view = params.get('view')
  if (view) return { access: 'view', token: view }
  return null
}
