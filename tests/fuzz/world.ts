import {
  applyTemplate,
  createBoardReader,
  getBoardRoots,
  getTemplate,
  initBoard,
  joinBoard,
  type BoardReader,
  type BoardSnapshot,
  type ItemId,
  type VoteSession,
} from '@coboard/shared'
import { START_TIME } from './entropy'
import type { Registry } from './generate'
import { checkHealedBoard, type Problem } from './invariants'
import { LastWrites } from './lastWrites'
import { Network, type Peer } from './network'
import { applyOp, describeOp, type Actor, type Op } from './operations'
import { createRandom } from './random'
import type { LinkRef, Step } from './steps'
import { exerciseReaders } from './views'

// The live state of one run: the network of documents, each device's read model, and what the
// run has done so far (for the log, the checks, and the generator's aim).

/** Who is at the workshop; everything a replay needs besides the steps. */
export interface Setup {
  readonly seed: number
  /** Yjs client ids: concurrent writes to one key are won by the higher id. */
  readonly serverId: number
  readonly clientIds: readonly number[]
  /** The person at each client; two clients may be one person's two devices. */
  readonly actors: readonly Actor[]
  /** Whether the board starts from the co-production template (stages, a timer). */
  readonly template: boolean
}

export class World {
  readonly network: Network
  readonly registry: Registry = { items: new Map(), nextId: 1 }
  readonly log: string[] = []
  /** Interesting things that happened, for choosing regression seeds. */
  readonly features = new Set<string>()
  private readonly actors: Actor[]
  private readonly readers: Map<Peer, BoardReader>
  private readonly sessions: VoteSession[] = []
  private readonly deleted = new Set<ItemId>()
  private readonly offlineEdits = new Set<Peer>()
  private readonly lastWrites = new LastWrites()

  constructor(setup: Setup) {
    this.network = new Network(setup.serverId, setup.clientIds)
    this.actors = setup.actors.map((actor) => ({ ...actor }))
    this.readers = new Map(this.network.peers.map((peer) => [peer, createBoardReader(peer.doc)]))
    const { server, clients } = this.network
    initBoard(server.doc, { title: 'Fuzz board', createdAt: START_TIME })
    if (setup.template) applyTemplate(server.doc, getTemplate('co-production'))
    clients.forEach((client, i) => {
      // Each device opens the board and joins at once, before its first sync arrives.
      this.network.connect(client)
      const { participantId: id, name, role } = this.actors[i]
      joinBoard(client.doc, { id, name, role })
      this.lastWrites.recordJoin(client.index, id, name, role)
    })
  }

  /** Runs one step and logs it. */
  execute(step: Step): void {
    this.log.push(`#${step.n} ${this.perform(step)}`)
  }

  /** Connects everyone and delivers every message. */
  heal(): void {
    const { delivered, repairs } = this.network.heal()
    this.log.push(`heal: all online, ${delivered} messages delivered, ${repairs} repairs`)
  }

  /** Everything that does not hold on the healed network. */
  check(): Problem[] {
    const live = new Map<Peer, BoardSnapshot>(
      this.network.peers.map((peer) => [peer, this.readers.get(peer)!.read()]),
    )
    const { sessions, lastWrites } = this
    return checkHealedBoard(this.network, live, { sessions, lastWrites })
  }

  destroy(): void {
    for (const reader of this.readers.values()) reader.destroy()
  }

  private perform(step: Step): string {
    const { network, features } = this
    switch (step.kind) {
      case 'op':
        return this.performOp(network.clients[step.peer - 1], step.op)
      case 'deliver': {
        const link = this.link(step.link)
        const count = Math.min(step.picks.length, link.queue.length)
        const flags = new Set<string>()
        for (let i = 0; i < count && link.queue.length > 0; i++) {
          const index = step.mode === 'fifo' ? 0 : step.picks[i] % link.queue.length
          const delivery = network.deliver(link, index, step.mode === 'duplicate')
          if (delivery.pending) flags.add('pending')
          if (delivery.repairs > 0) flags.add('repaired')
        }
        this.readers.get(link.to)!.read()
        if (flags.has('pending')) features.add('out-of-order update held as pending')
        if (flags.has('repaired')) features.add('server repaired a hostile write')
        if (step.mode === 'duplicate' && count > 0) features.add('duplicate delivery')
        const extra = flags.size > 0 ? ` (${[...flags].join(', ')})` : ''
        return `deliver ${link.name} ×${count} ${step.mode}${extra}`
      }
      case 'disconnect': {
        const peer = network.clients[step.peer - 1]
        const dropped = network.disconnect(peer)
        if (dropped > 0) features.add('messages lost on disconnect')
        return `disconnect ${peer.name} (dropped ${dropped})`
      }
      case 'reconnect': {
        const peer = network.clients[step.peer - 1]
        if (network.connect(peer) && this.offlineEdits.delete(peer)) {
          features.add('offline edits resynced')
        }
        return `reconnect ${peer.name}`
      }
      case 'reorder': {
        const link = this.link(step.link)
        network.reorder(link, createRandom(step.shuffle).next)
        return `reorder ${link.name} (${link.queue.length} queued)`
      }
    }
  }

  private performOp(peer: Peer, op: Op): string {
    const actor = this.actors[peer.index - 1]
    const reader = this.readers.get(peer)!
    this.noteConcurrency(op, peer)
    const before = reader.read()
    const reused = 'id' in op && this.registry.items.has(op.id)
    const result = applyOp(op, {
      doc: peer.doc,
      actor,
      actors: this.actors,
      board: () => reader.read(),
    })
    this.lastWrites.recordOp({
      op,
      writer: peer.index,
      participantId: actor.participantId,
      result: result.text,
      before,
      reused,
    })
    if (result.created) this.registry.items.set(...result.created)
    if (result.session) this.sessions.push(result.session)
    if ((op.type === 'deleteItem' || op.type === 'dissolveCluster') && result.text === 'true') {
      this.deleted.add(op.id)
    }
    if (!this.network.isOnline(peer)) this.offlineEdits.add(peer)
    // Readers must cope with whatever the document holds right now, repaired or not.
    exerciseReaders(reader.read(), false)
    return `${peer.name} ${describeOp(op)} → ${result.text}`
  }

  /** Records when an operation meets an item that another device has deleted. */
  private noteConcurrency(op: Op, peer: Peer): void {
    const ids = ['id' in op ? op.id : null, op.type === 'setCluster' ? op.clusterId : null]
    for (const id of ids) {
      if (id === null || !this.deleted.has(id)) continue
      const here = getBoardRoots(peer.doc).items.has(id)
      this.features.add(
        here ? `concurrent delete and ${op.type}` : `${op.type} on an item deleted elsewhere`,
      )
    }
  }

  private link([from, to]: LinkRef) {
    return this.network.link(this.network.peers[from], this.network.peers[to])
  }
}
