import type { Document } from '@hocuspocus/server'

/** The part of Hocuspocus's Document this module replaces; private in its typings. */
interface AwarenessBroadcaster {
  broadcastAwarenessUpdate(changedClients: number[]): void
}

/**
 * Sends a board's presence changes (cursors, typing, who is dragging what) to its connections at
 * most once per `intervalMs`, carrying the latest state of every client that changed since the
 * last send. A change after a quiet spell goes out at once; changes inside the interval wait for
 * its end and travel together in one message per connection.
 *
 * Why: every presence message is fanned out to every connection, so a hall of 500 with 50 people
 * moving cursors five times a second costs 125,000 socket writes a second, and the event loop
 * then delays document updates behind them. Paced, it is at most 1,000 / intervalMs messages per
 * connection whatever the number of people moving. Document updates are not paced.
 *
 * Hocuspocus 4.7 broadcasts presence through `Document.broadcastAwarenessUpdate`, which it calls
 * from its flush after coalescing one event-loop turn; this wraps that method on one document.
 * Returns false, and changes nothing, when the document has no such method (a Hocuspocus upgrade
 * renamed it): presence then goes out unpaced, which is correct, only dearer.
 */
export function pacePresence(document: Document, intervalMs: number): boolean {
  const target = document as unknown as Partial<AwarenessBroadcaster>
  if (typeof target.broadcastAwarenessUpdate !== 'function') return false
  const broadcast = target.broadcastAwarenessUpdate.bind(document)

  const pending = new Set<number>()
  let timer: NodeJS.Timeout | null = null
  let lastSentAt = Number.NEGATIVE_INFINITY

  const send = () => {
    timer = null
    if (document.isDestroyed || pending.size === 0) return
    lastSentAt = performance.now()
    const clients = [...pending]
    pending.clear()
    broadcast(clients)
  }

  target.broadcastAwarenessUpdate = (changedClients: number[]) => {
    for (const client of changedClients) pending.add(client)
    if (timer) return
    const wait = lastSentAt + intervalMs - performance.now()
    if (wait <= 0) send()
    else timer = setTimeout(send, wait)
  }
  document.on('destroy', () => {
    if (timer) clearTimeout(timer)
    timer = null
    pending.clear()
  })
  return true
}
