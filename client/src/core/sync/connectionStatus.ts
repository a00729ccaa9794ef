/** What the UI shows about the link to the server; switch on `kind`. */
export type ConnectionStatus =
  | { readonly kind: 'connecting' }
  /** Connected, authenticated and synced: what you see is what everyone sees. */
  | { readonly kind: 'live' }
  /** No connection: edits are kept in this device's offline cache and sync when it comes back. */
  | { readonly kind: 'offline' }
  /** The server turned the link down (bad or revoked token); retrying would not help. */
  | { readonly kind: 'refused'; readonly reason: string }

/** A value that changes over time, read with `get` and watched with `subscribe`. */
export interface StatusSource {
  get(): ConnectionStatus
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (status: ConnectionStatus) => void): () => void
}

/** A settable StatusSource; `refused` is final, so a late socket close cannot hide the reason. */
export function createStatusSource(
  initial: ConnectionStatus = { kind: 'connecting' },
): StatusSource & { set(next: ConnectionStatus): void } {
  let status: ConnectionStatus = initial
  const listeners = new Set<(status: ConnectionStatus) => void>()
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(next) {
      if (status.kind === 'refused' || status.kind === next.kind) return
      status = next
      for (const listener of listeners) listener(status)
    },
  }
}
