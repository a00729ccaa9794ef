import { getBoardRoots } from '@coboard/shared'
import { generateOp, type Registry } from './generate'
import type { Network, Peer } from './network'
import type { Op } from './operations'
import type { Random } from './random'

// A run is a list of steps: someone does something on their device, or the network moves.
// Steps are plain data, so a run can be printed, replayed, and shrunk by removing steps.

/** Which queue a network step acts on: [from, to] by peer index (0 is the server). */
export type LinkRef = readonly [number, number]

export type Step = {
  /** The step's number in the run it came from; ids and clock times derive from it. */
  readonly n: number
} & (
  | { readonly kind: 'op'; readonly peer: number; readonly op: Op }
  | {
      readonly kind: 'deliver'
      readonly link: LinkRef
      /** fifo: in order; any: messages overtake each other; duplicate: each arrives twice. */
      readonly mode: 'fifo' | 'any' | 'duplicate'
      /** One number per message: which message in the queue, modulo its length. */
      readonly picks: readonly number[]
    }
  | { readonly kind: 'disconnect'; readonly peer: number }
  | { readonly kind: 'reconnect'; readonly peer: number }
  | { readonly kind: 'reorder'; readonly link: LinkRef; readonly shuffle: number }
)

/** Draws step `n`: mostly someone doing something, otherwise the network at work. */
export function generateStep(
  random: Random,
  network: Network,
  registry: Registry,
  n: number,
): Step {
  const { clients } = network
  const ref = (from: Peer, to: Peer): LinkRef => [from.index, to.index]
  const busy = network.busyLinks()
  const online = clients.filter((client) => network.isOnline(client))
  const offline = clients.filter((client) => !network.isOnline(client))
  const choice = random.weighted([
    [50, 'op' as const],
    [busy.length > 0 ? 33 : 0, 'deliver' as const],
    [busy.length > 0 ? 4 : 0, 'reorder' as const],
    [online.length > 0 ? 6 : 0, 'disconnect' as const],
    [offline.length > 0 ? 7 : 0, 'reconnect' as const],
  ])
  switch (choice) {
    case 'deliver': {
      const link = random.pick(busy)
      const mode = random.weighted([
        [7, 'fifo' as const],
        [2, 'any' as const],
        [1, 'duplicate' as const],
      ])
      const picks = Array.from({ length: random.between(1, 6) }, () => random.uint32())
      return { n, kind: 'deliver', link: ref(link.from, link.to), mode, picks }
    }
    case 'reorder': {
      const link = random.pick(busy)
      return { n, kind: 'reorder', link: ref(link.from, link.to), shuffle: random.uint32() }
    }
    case 'disconnect':
      return { n, kind: 'disconnect', peer: random.pick(online).index }
    case 'reconnect':
      return { n, kind: 'reconnect', peer: random.pick(offline).index }
    case 'op': {
      const peer = random.pick(clients)
      const { items } = getBoardRoots(peer.doc)
      return {
        n,
        kind: 'op',
        peer: peer.index,
        op: generateOp(random, registry, (id) => items.has(id)),
      }
    }
  }
}
