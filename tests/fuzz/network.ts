import * as Y from 'yjs'
import { repairBoard, touchedItemIds, type ItemId } from '@coboard/shared'

// A simulated star network like the real one: clients talk only to the server, which applies
// each update, repairs what it touched, and relays it. Every link direction is a queue, so a
// test decides when a message arrives, in which order, and whether it arrives twice. A client
// that goes offline loses whatever was in flight and catches up on reconnect with the sync
// protocol (state vector out, missing updates back), as the Hocuspocus provider does.

/** What travels on a link: an update, or a state vector asking for what the sender lacks. */
export type Message =
  | { readonly type: 'update'; readonly update: Uint8Array }
  | { readonly type: 'sync-step-1'; readonly stateVector: Uint8Array }

export interface Peer {
  /** 0 is the server; clients are 1…N. */
  readonly index: number
  /** `S` or `p1`…`pN`, as the operation log prints it. */
  readonly name: string
  readonly doc: Y.Doc
}

/** One direction of a connection. Its queue holds what was sent and not yet received. */
export class Link {
  readonly queue: Message[] = []
  constructor(
    readonly from: Peer,
    readonly to: Peer,
  ) {}

  get name(): string {
    return `${this.from.name}→${this.to.name}`
  }
}

/** What happened when one message arrived. */
export interface Delivery {
  /** The receiver holds updates it cannot integrate yet (an earlier one is still on its way). */
  readonly pending: boolean
  /** How many fixes the server's repair made after this message. */
  readonly repairs: number
}

/** The server plus `clientIds.length` clients; the server's Yjs client id is `serverId`. */
export class Network {
  readonly server: Peer
  readonly clients: readonly Peer[]
  readonly peers: readonly Peer[]
  private readonly links = new Map<string, Link>()
  private readonly online = new Set<Peer>()
  /** Items touched by the remote transactions the server has applied but not yet repaired. */
  private readonly touched = new Set<ItemId>()

  constructor(serverId: number, clientIds: readonly number[]) {
    this.server = createPeer(0, 'S', serverId)
    this.clients = clientIds.map((id, i) => createPeer(i + 1, `p${i + 1}`, id))
    this.peers = [this.server, ...this.clients]
    for (const client of this.clients) {
      this.links.set(key(client, this.server), new Link(client, this.server))
      this.links.set(key(this.server, client), new Link(this.server, client))
    }
    for (const peer of this.peers) {
      // A peer forwards every change it makes or receives, except back to where it came from.
      peer.doc.on('update', (update: Uint8Array, origin: unknown) => {
        for (const link of this.outgoing(peer)) {
          if (origin !== this.link(link.to, link.from)) this.send(link, { type: 'update', update })
        }
      })
    }
    this.server.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin instanceof Link) {
        for (const id of touchedItemIds(transaction, this.server.doc)) this.touched.add(id)
      }
    })
  }

  /** The link from one peer to another (client↔server only). */
  link(from: Peer, to: Peer): Link {
    const link = this.links.get(key(from, to))
    if (!link) throw new Error(`no link ${from.name}→${to.name}`)
    return link
  }

  /** Every link direction, in a fixed order. */
  allLinks(): Link[] {
    return [...this.links.values()]
  }

  /** Links with at least one message waiting. */
  busyLinks(): Link[] {
    return this.allLinks().filter((link) => link.queue.length > 0)
  }

  isOnline(client: Peer): boolean {
    return this.online.has(client)
  }

  /** Delivers the message at `index` of the link's queue; a duplicate leaves a copy behind. */
  deliver(link: Link, index = 0, duplicate = false): Delivery {
    const message = duplicate ? link.queue[index] : link.queue.splice(index, 1)[0]
    if (!message) throw new Error(`nothing at ${index} on ${link.name}`)
    const receiver = link.to
    if (message.type === 'sync-step-1') {
      const missing = Y.encodeStateAsUpdate(receiver.doc, message.stateVector)
      this.send(this.link(receiver, link.from), { type: 'update', update: missing })
      return { pending: false, repairs: 0 }
    }
    Y.applyUpdate(receiver.doc, message.update, link)
    let repairs = 0
    if (receiver === this.server) {
      // As the server does: accept the update, then repair what it touched in a transaction
      // of its own, which travels to every client (the sender included) like any other change.
      const ids = [...this.touched]
      this.touched.clear()
      repairs = repairBoard(receiver.doc, ids)
    }
    return { pending: hasPending(receiver.doc), repairs }
  }

  /** Puts a link's queue in a new order (messages overtaking each other). */
  reorder(link: Link, random: () => number): void {
    const { queue } = link
    for (let i = queue.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[queue[i], queue[j]] = [queue[j], queue[i]]
    }
  }

  /** Takes a client offline; what was in flight either way is lost. Returns how many messages. */
  disconnect(client: Peer): number {
    if (!this.online.has(client)) return 0
    this.online.delete(client)
    const toServer = this.link(client, this.server)
    const fromServer = this.link(this.server, client)
    const dropped = toServer.queue.length + fromServer.queue.length
    toServer.queue.length = 0
    fromServer.queue.length = 0
    return dropped
  }

  /** Brings a client online: each side sends its state vector so the other can send what is missing. */
  connect(client: Peer): boolean {
    if (this.online.has(client)) return false
    this.online.add(client)
    const stateVector = (peer: Peer) => Y.encodeStateVector(peer.doc)
    this.send(this.link(client, this.server), {
      type: 'sync-step-1',
      stateVector: stateVector(client),
    })
    this.send(this.link(this.server, client), {
      type: 'sync-step-1',
      stateVector: stateVector(this.server),
    })
    return true
  }

  /**
   * Connects every client and delivers everything, in order, until no message is left.
   * Returns how many messages arrived and how many fixes the server's repair made meanwhile.
   */
  heal(maxMessages = 100_000): { delivered: number; repairs: number } {
    for (const client of this.clients) this.connect(client)
    let delivered = 0
    let repairs = 0
    for (let busy = this.busyLinks(); busy.length > 0; busy = this.busyLinks()) {
      for (const link of busy) {
        if (link.queue.length === 0) continue
        repairs += this.deliver(link).repairs
        if (++delivered > maxMessages) throw new Error('the network never went quiet')
      }
    }
    return { delivered, repairs }
  }

  private outgoing(peer: Peer): Link[] {
    return this.allLinks().filter((link) => link.from === peer)
  }

  private send(link: Link, message: Message): void {
    const client = link.from === this.server ? link.to : link.from
    if (this.online.has(client)) link.queue.push(message)
  }
}

function createPeer(index: number, name: string, clientId: number): Peer {
  const doc = new Y.Doc()
  // Fixed client ids: Yjs breaks ties between concurrent writes by client id, so a random one
  // would make a seed resolve conflicts differently from run to run.
  doc.clientID = clientId
  return { index, name, doc }
}

/** Whether a document holds updates (or deletions) it cannot integrate yet. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
}

const key = (from: Peer, to: Peer) => `${from.index}>${to.index}`
