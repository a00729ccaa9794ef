import * as Y from 'yjs'
import {
  MAX_COORDINATE,
  MAX_TEXT_LENGTH,
  MAX_TYPE_DEPTH,
  TEXT_FIELDS,
  getBoardRoots,
  isKnownKind,
  readBoard,
  repairBoard,
  tallyVotes,
  type BoardSnapshot,
  type ItemId,
  type ParticipantId,
  type VoteSession,
} from '@coboard/shared'
import { canonicalJson, jsonDiff } from './canonical'
import type { LastWrites } from './lastWrites'
import { hasPending, type Network, type Peer } from './network'
import { checkDerivedViews, exerciseReaders } from './views'

// What must hold once the network has healed and every message has arrived. Each check returns
// problems instead of throwing, so that one run reports everything that went wrong at once.

/** One broken property; `kind` groups failures, so a shrunk run must fail the same way. */
export interface Problem {
  readonly kind: string
  readonly detail: string
}

/** What a healed run is checked against, besides the documents themselves. */
export interface Expectations {
  /** Every vote session the run started (the current one is read from the board). */
  readonly sessions: readonly VoteSession[]
  readonly lastWrites: LastWrites
}

/** Checks convergence, the board's invariants and its readers on a healed network. */
export function checkHealedBoard(
  network: Network,
  liveSnapshots: ReadonlyMap<Peer, BoardSnapshot>,
  expectations: Expectations,
): Problem[] {
  const { sessions } = expectations
  const { server, peers } = network
  const snapshots = new Map(peers.map((peer) => [peer, readBoard(peer.doc)]))
  const reference = snapshots.get(server)!
  const json = (board: BoardSnapshot) => canonicalJson(board)
  const expected = json(reference)
  const serverVector = hex(Y.encodeStateVector(server.doc))
  const problems: Problem[] = []
  for (const peer of peers) {
    if (hasPending(peer.doc)) {
      problems.push({ kind: 'pending', detail: `${peer.name} still holds updates it cannot apply` })
    }
    if (hex(Y.encodeStateVector(peer.doc)) !== serverVector) {
      problems.push({
        kind: 'state-vector',
        detail: `${peer.name}'s state vector differs from S's`,
      })
    }
    const actual = peer === server ? expected : json(snapshots.get(peer)!)
    if (actual !== expected) {
      const where = jsonDiff(expected, actual)
      problems.push({ kind: 'diverged', detail: `${peer.name} differs from S at ${where}` })
    }
    // The client renders through createBoardReader, which re-reads only what changed.
    const live = json(liveSnapshots.get(peer)!)
    if (live !== actual) {
      const where = jsonDiff(actual, live)
      problems.push({
        kind: 'stale-reader',
        detail: `${peer.name}'s live reader differs at ${where}`,
      })
    }
  }
  if (/"(NaN|-?Infinity)"/.test(expected)) {
    problems.push({ kind: 'not-finite', detail: 'a reader returned a number that is not finite' })
  }
  problems.push(...checkDerivedViews(peers, snapshots, sessions))
  problems.push(...checkDocument(server.doc))
  problems.push(...checkSharedTypes(server.doc))
  problems.push(...checkSnapshot(reference, expectations))
  problems.push(...checkRepairIsComplete(server.doc, expected))
  return problems
}

/** The document itself after repair: what a client with an older or careless reader would see. */
function checkDocument(doc: Y.Doc): Problem[] {
  const problems: Problem[] = []
  getBoardRoots(doc).items.forEach((item: unknown, id) => {
    const where = `item ${JSON.stringify(id)}`
    if (!(item instanceof Y.Map)) {
      problems.push({ kind: 'not-a-map', detail: `${where} is not a Y.Map` })
      return
    }
    const kind = item.get('kind')
    if (!isKnownKind(kind)) {
      problems.push({ kind: 'unknown-kind', detail: `${where} has kind ${String(kind)}` })
      return
    }
    for (const axis of ['x', 'y']) {
      const value = item.get(axis)
      // Missing is allowed: readers default it, and repair must not race a delayed update.
      if (value === undefined) continue
      if (typeof value !== 'number' || !(Math.abs(value) <= MAX_COORDINATE)) {
        problems.push({ kind: 'coordinate', detail: `${where}.${axis} is ${String(value)}` })
      }
    }
    for (const field of TEXT_FIELDS[kind]) {
      const value = item.get(field)
      const length = value instanceof Y.Text || typeof value === 'string' ? value.length : 0
      if (length > MAX_TEXT_LENGTH) {
        problems.push({ kind: 'text-length', detail: `${where}.${field} is ${length} long` })
      }
    }
  })
  return problems
}

/**
 * Every item is made of plain maps, arrays and texts, at most MAX_TYPE_DEPTH below its root:
 * anything else (an XML type, a deep chain) recurses wherever it is deleted or printed.
 */
function checkSharedTypes(doc: Y.Doc): Problem[] {
  const problems: Problem[] = []
  const stack: { type: Y.AbstractType<unknown>; depth: number; where: string }[] = []
  getBoardRoots(doc).items.forEach((item: unknown, id) => {
    if (item instanceof Y.AbstractType) stack.push({ type: item, depth: 1, where: `item ${id}` })
  })
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { type, depth, where } = next
    const shape = type.constructor
    if (depth > MAX_TYPE_DEPTH || (shape !== Y.Map && shape !== Y.Array && shape !== Y.Text)) {
      problems.push({
        kind: 'foreign-type',
        detail: `${where} holds a ${shape.name} ${depth} deep`,
      })
      continue
    }
    const items = [...type._map.values()]
    for (let item = type._start; item !== null; item = item.right) items.push(item)
    for (const item of items) {
      if (item.deleted || !(item.content instanceof Y.ContentType)) continue
      stack.push({ type: item.content.type, depth: depth + 1, where })
    }
  }
  return problems
}

/** Properties of the read model that every screen relies on. */
function checkSnapshot(board: BoardSnapshot, expectations: Expectations): Problem[] {
  const { sessions, lastWrites } = expectations
  const problems: Problem[] = []
  for (const item of board.items.values()) {
    if (item.kind !== 'note' && item.kind !== 'reframe') continue
    if (item.clusterId && board.items.get(item.clusterId)?.kind !== 'cluster') {
      const target = board.items.get(item.clusterId)?.kind ?? 'nothing'
      problems.push({
        kind: 'dangling-cluster',
        detail: `${item.kind} ${item.id} has clusterId ${item.clusterId}, which is ${target}`,
      })
    }
  }
  const current = board.meta.vote
  for (const session of current ? [current, ...sessions] : sessions) {
    const counted = countedDots(board, session)
    for (const [participant, dots] of counted) {
      if (dots > session.budget) {
        problems.push({
          kind: 'over-budget',
          detail: `${participant} has ${dots} dots in ${session.id} (budget ${session.budget})`,
        })
      }
    }
    const tallied = tallyVotes(board, session).items.reduce((sum, item) => sum + item.total, 0)
    const valid = [...counted.values()].reduce((sum, dots) => sum + dots, 0)
    if (tallied !== valid) {
      problems.push({
        kind: 'tally',
        detail: `tallyVotes counts ${tallied} dots in ${session.id}, the valid dots are ${valid}`,
      })
    }
  }
  for (const { field, expected, actual } of lastWrites.lost(board)) {
    const was = `${JSON.stringify(actual)}, but its only writer last wrote ${JSON.stringify(expected)}`
    problems.push({ kind: 'lost-write', detail: `${field.on} ${field.id} ${field.key} is ${was}` })
  }
  try {
    exerciseReaders(board)
  } catch (error) {
    problems.push({ kind: 'reader-threw', detail: String((error as Error).stack ?? error) })
  }
  return problems
}

/** A full repair of the healed board must find nothing: the per-update repairs missed nothing. */
function checkRepairIsComplete(server: Y.Doc, before: string): Problem[] {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server))
  const ids = [...getBoardRoots(copy).items.keys()]
  const fixes = repairBoard(copy, ids as ItemId[])
  if (fixes === 0) return []
  const where = jsonDiff(before, canonicalJson(readBoard(copy)))
  const seen = where ? `, at ${where}` : ' (in fields that readers skip)'
  return [{ kind: 'repair-incomplete', detail: `a full repair still made ${fixes} fixes${seen}` }]
}

/** Dots that count in `session`, per participant, by the rules tallyVotes documents. */
function countedDots(board: BoardSnapshot, session: VoteSession): Map<ParticipantId, number> {
  const dots = new Map<ParticipantId, number>()
  for (const vote of board.votes) {
    if (vote.sessionId !== session.id || vote.slot >= session.budget) continue
    const item = board.items.get(vote.itemId)
    if (!board.participants.has(vote.participantId) || !item) continue
    if (!session.kinds.includes(item.kind)) continue
    dots.set(vote.participantId, (dots.get(vote.participantId) ?? 0) + 1)
  }
  return dots
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
