import type * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { randomId } from './ids'
import { readId, readRecord, readTime } from './sanitize'
import { dictionaryFrom, emptyDictionary } from './dictionary'
import { wearsHat, type HatWearer } from './facilitation'
import type {
  BoardSnapshot,
  ItemId,
  ItemKind,
  ParticipantId,
  RoleId,
  StageId,
  Vote,
  VoteSession,
} from './schema'

// Each dot is its own key, `session|participant|slot`, with slot < budget. Two dots can never
// collide, and a participant who writes more keys than the budget by hand gains nothing: every
// reader counts only slots 0…budget-1, so all clients agree on the same tally.

/** Dots per person unless the facilitator chooses otherwise. */
export const DEFAULT_VOTE_BUDGET = 3
export const MAX_VOTE_BUDGET = 20
const VOTABLE_KINDS: readonly ItemKind[] = ['note', 'reframe', 'outcome', 'cluster']

/** Reads the current vote session from the board's meta value. */
export function readVoteSession(value: unknown): VoteSession | null {
  const record = readRecord(value)
  const id = readId(record?.id)
  if (!record || !id) return null
  const budget = Number.isInteger(record.budget) ? (record.budget as number) : DEFAULT_VOTE_BUDGET
  const kinds = Array.isArray(record.kinds)
    ? VOTABLE_KINDS.filter((kind) => (record.kinds as unknown[]).includes(kind))
    : VOTABLE_KINDS
  return {
    id,
    budget: Math.max(1, Math.min(MAX_VOTE_BUDGET, budget)),
    status: record.status === 'revealed' ? 'revealed' : 'open',
    kinds: kinds.length > 0 ? kinds : VOTABLE_KINDS,
    startedAt: readTime(record.startedAt),
    stageId: readId<StageId>(record.stageId),
  }
}

/** Reads every dot in the document; malformed keys are skipped. */
export function readVotes(doc: Y.Doc): readonly Vote[] {
  const votes: Vote[] = []
  getBoardRoots(doc).votes.forEach((itemId, key) => {
    const [sessionId, participantId, slotText] = key.split('|')
    const slot = Number(slotText)
    if (!readId(sessionId) || !readId(participantId) || !readId(itemId)) return
    if (!Number.isInteger(slot) || slot < 0 || slot >= MAX_VOTE_BUDGET) return
    votes.push({
      sessionId,
      participantId: participantId as ParticipantId,
      slot,
      itemId: itemId as ItemId,
    })
  })
  return votes
}

export interface StartVote {
  readonly budget?: number
  readonly kinds?: readonly ItemKind[]
}

/**
 * Opens a new vote in the board's current stage and returns its session, or null unless `by`
 * wears the facilitator hat. An earlier vote's dots stay in the document but no longer count.
 */
export function startVote(
  doc: Y.Doc,
  options: StartVote,
  by: HatWearer,
  origin?: unknown,
): VoteSession | null {
  if (!wearsHat(doc, by.participantId)) return null
  const { meta } = getBoardRoots(doc)
  const session: VoteSession = {
    id: randomId(10),
    budget: Math.max(
      1,
      Math.min(MAX_VOTE_BUDGET, Math.round(options.budget ?? DEFAULT_VOTE_BUDGET)),
    ),
    status: 'open',
    kinds: options.kinds?.length ? options.kinds : VOTABLE_KINDS,
    startedAt: Date.now(),
    stageId: readId<StageId>(meta.get('currentStageId')),
  }
  doc.transact(() => meta.set('vote', { ...session }), origin)
  return session
}

/** Shows the results of the current vote to everyone; false unless `by` wears the hat. */
export function revealVote(doc: Y.Doc, by: HatWearer, origin?: unknown): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const { meta } = getBoardRoots(doc)
  const session = readVoteSession(meta.get('vote'))
  if (!session) return false
  doc.transact(() => meta.set('vote', { ...session, status: 'revealed' }), origin)
  return true
}

/**
 * Whether `item` takes dots in `session`: every card of the vote's kinds, whichever stage it was
 * written in (a Prioritise stage votes on what the stages before it wrote). One rule for every
 * screen, for casting and for the tally.
 */
export function isVoteCandidate(item: { readonly kind: string }, session: VoteSession): boolean {
  return (session.kinds as readonly string[]).includes(item.kind)
}

/** The dots `participantId` has placed in `session`, lowest slot first. */
export function myVotes(
  votes: readonly Vote[],
  session: VoteSession,
  participantId: ParticipantId,
) {
  return votes
    .filter(
      (v) =>
        v.sessionId === session.id && v.participantId === participantId && v.slot < session.budget,
    )
    .sort((a, b) => a.slot - b.slot)
}

/**
 * Places one dot on `itemId`; false when the budget is spent, the vote is not open, or the card
 * takes no dots in it (isVoteCandidate).
 */
export function castVote(
  doc: Y.Doc,
  participantId: ParticipantId,
  itemId: ItemId,
  origin?: unknown,
): boolean {
  const { meta, votes } = getBoardRoots(doc)
  const session = readVoteSession(meta.get('vote'))
  if (!session || session.status !== 'open') return false
  const kind = getBoardRoots(doc).items.get(itemId)?.get('kind')
  if (typeof kind !== 'string' || !isVoteCandidate({ kind }, session)) return false
  for (let slot = 0; slot < session.budget; slot++) {
    const key = `${session.id}|${participantId}|${slot}`
    if (!votes.has(key)) {
      doc.transact(() => votes.set(key, itemId), origin)
      return true
    }
  }
  return false
}

/** Takes back one of this participant's dots from `itemId`. */
export function removeVote(
  doc: Y.Doc,
  participantId: ParticipantId,
  itemId: ItemId,
  origin?: unknown,
): boolean {
  const { meta, votes } = getBoardRoots(doc)
  const session = readVoteSession(meta.get('vote'))
  if (!session || session.status !== 'open') return false
  for (let slot = session.budget - 1; slot >= 0; slot--) {
    const key = `${session.id}|${participantId}|${slot}`
    if (votes.get(key) === itemId) {
      doc.transact(() => votes.delete(key), origin)
      return true
    }
  }
  return false
}

export interface ItemTally {
  readonly itemId: ItemId
  readonly total: number
  /** Dots per side, keys sorted; no prototype, so any role id reads as its own count or none. */
  readonly byRole: Readonly<Record<RoleId, number>>
}

export interface RoleTally {
  readonly role: RoleId
  /** Participants of this role who placed at least one dot. */
  readonly voters: number
  readonly dots: number
  /** This role's favourites, most dots first (ties by board order). */
  readonly top: readonly ItemId[]
}

export interface VoteResults {
  readonly sessionId: string
  readonly budget: number
  /** Items with at least one dot, most first. */
  readonly items: readonly ItemTally[]
  readonly roles: readonly RoleTally[]
  /** Items in the top three of every role that voted: what the sides agree matters. */
  readonly sharedPriorities: readonly ItemId[]
}

/** How many favourites of each role the results list. */
const TOP_PER_ROLE = 3

/**
 * Counts the valid dots of `sessionId`: only slots within the budget, only by participants on
 * the roster (their role decides the split), only on items that still exist and can be voted on.
 */
export function tallyVotes(board: BoardSnapshot, session: VoteSession): VoteResults {
  const totals = new Map<ItemId, { total: number; byRole: Record<RoleId, number> }>()
  const roleDots = new Map<RoleId, { voters: Set<ParticipantId>; dots: Map<ItemId, number> }>()
  for (const vote of board.votes) {
    if (vote.sessionId !== session.id || vote.slot >= session.budget) continue
    const voter = board.participants.get(vote.participantId)
    const item = board.items.get(vote.itemId)
    if (!voter || !item || !isVoteCandidate(item, session)) continue
    const tally = totals.get(item.id) ?? { total: 0, byRole: emptyDictionary<number>() }
    tally.total++
    tally.byRole[voter.role] = (tally.byRole[voter.role] ?? 0) + 1
    totals.set(item.id, tally)
    const role = roleDots.get(voter.role) ?? { voters: new Set(), dots: new Map() }
    role.voters.add(voter.id)
    role.dots.set(item.id, (role.dots.get(item.id) ?? 0) + 1)
    roleDots.set(voter.role, role)
  }
  // Ties break on what the document stores (creation time, then id), never on map iteration
  // order, which differs between devices that received updates in a different order.
  const byBoardOrder = (a: ItemId, b: ItemId) =>
    (board.items.get(a)?.createdAt ?? 0) - (board.items.get(b)?.createdAt ?? 0) ||
    (a < b ? -1 : a > b ? 1 : 0)
  const items = [...totals.entries()]
    .map(([itemId, tally]) => ({ itemId, total: tally.total, byRole: sortKeys(tally.byRole) }))
    .sort((a, b) => b.total - a.total || byBoardOrder(a.itemId, b.itemId))
  const roles = [...roleDots.entries()]
    .map(([role, { voters, dots }]) => ({
      role,
      voters: voters.size,
      dots: [...dots.values()].reduce((sum, n) => sum + n, 0),
      top: [...dots.entries()]
        .sort((a, b) => b[1] - a[1] || byBoardOrder(a[0], b[0]))
        .slice(0, TOP_PER_ROLE)
        .map(([itemId]) => itemId),
    }))
    .sort((a, b) => (a.role < b.role ? -1 : 1))
  const sharedPriorities =
    roles.length > 1
      ? items.map((t) => t.itemId).filter((id) => roles.every((role) => role.top.includes(id)))
      : []
  return { sessionId: session.id, budget: session.budget, items, roles, sharedPriorities }
}

/**
 * The same record with its keys in sorted order, so it serialises identically on every device,
 * and no prototype: a role named `constructor` with no dots reads as none, not as a function.
 */
function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return dictionaryFrom(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}
