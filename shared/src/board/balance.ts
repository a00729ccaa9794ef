import { voicesOnRoster } from './voices'
import { listOutcomes } from './outcomes'
import type { BoardSnapshot, RoleId, VoteSession } from './schema'

/** What each role has contributed, and how that compares with its share of the room. */
export interface RoleVoice {
  readonly role: RoleId
  readonly participants: number
  readonly notes: number
  readonly reframes: number
  readonly words: number
  readonly agreements: number
  readonly votes: number
  /** notes + reframes + outcomes written + stances given + dots cast. */
  readonly contributions: number
  /** This role's share of the participants, 0…1. */
  readonly participantShare: number
  /** This role's share of all contributions, 0…1. */
  readonly contributionShare: number
  /** This role's share of all words written, 0…1. */
  readonly wordShare: number
  /** contributionShare ÷ participantShare: 1 is proportional, below 1 under-heard. */
  readonly ratio: number
}

export interface VoiceBalance {
  readonly roles: readonly RoleVoice[]
  /**
   * 1.0 when every role contributes in proportion to its people, falling towards 0 as one role
   * dominates: 1 − half the sum of |contribution share − participant share|.
   */
  readonly score: number
  /** The role furthest below its fair share, when it is clearly under-heard (ratio < 0.75). */
  readonly underHeard: RoleId | null
  readonly totalContributions: number
}

interface Counter {
  role: RoleId
  participants: number
  notes: number
  reframes: number
  outcomes: number
  words: number
  agreements: number
  votes: number
}

/** Below this ratio a role counts as under-heard. */
const UNDER_HEARD_RATIO = 0.75

/** Computes the voice balance by role from the board. It counts roles, never ranks individuals. */
export function computeVoiceBalance(
  board: BoardSnapshot,
  session?: VoteSession | null,
): VoiceBalance {
  const roleOf = new Map([...board.participants.values()].map((p) => [p.id, p.role]))
  const tallies = new Map<RoleId, Counter>()
  const tally = (role: RoleId) => {
    let entry = tallies.get(role)
    if (!entry) {
      entry = {
        role,
        participants: 0,
        notes: 0,
        reframes: 0,
        words: 0,
        agreements: 0,
        votes: 0,
        outcomes: 0,
      }
      tallies.set(role, entry)
    }
    return entry
  }
  for (const role of board.meta.roles) tally(role.id)
  for (const participant of board.participants.values()) tally(participant.role).participants++
  for (const item of board.items.values()) {
    if (item.kind === 'note') {
      const entry = tally(item.role)
      entry.notes++
      entry.words += countWords(item.text)
    } else if (item.kind === 'reframe') {
      const entry = tally(item.role)
      entry.reframes++
      entry.words += countWords(item.we)
    } else if (item.kind === 'outcome') {
      const entry = tally(item.role)
      entry.outcomes++
      entry.words += countWords(item.outcome) + countWords(item.measure)
    }
  }
  for (const outcome of listOutcomes(board)) {
    for (const voice of voicesOnRoster(outcome.agreement, board.participants)) {
      tally(voice.role).agreements++
    }
  }
  for (const item of board.items.values()) {
    if (item.kind !== 'reframe') continue
    for (const voice of voicesOnRoster(item.acceptedBy, board.participants)) {
      tally(voice.role).agreements++
    }
  }
  for (const vote of board.votes) {
    if (session && (vote.sessionId !== session.id || vote.slot >= session.budget)) continue
    const role = roleOf.get(vote.participantId)
    if (role) tally(role).votes++
  }
  // Roles in the board's order, then any others by name: never in map iteration order, which
  // differs between devices, so every screen and export lists and sums them the same way.
  const known = board.meta.roles.map((role) => role.id)
  const rank = (role: RoleId) => (known.includes(role) ? known.indexOf(role) : known.length)
  const entries = [...tallies.values()].sort(
    (a, b) => rank(a.role) - rank(b.role) || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0),
  )
  const totalPeople = entries.reduce((sum, e) => sum + e.participants, 0)
  const contributionsOf = (e: (typeof entries)[number]) =>
    e.notes + e.reframes + e.outcomes + e.agreements + e.votes
  const totalContributions = entries.reduce((sum, e) => sum + contributionsOf(e), 0)
  const totalWords = entries.reduce((sum, e) => sum + e.words, 0)
  const roles: RoleVoice[] = entries
    .filter((e) => e.participants > 0 || contributionsOf(e) > 0)
    .map(({ outcomes: _outcomes, ...e }) => {
      const contributions = contributionsOf({ ...e, outcomes: _outcomes })
      const participantShare = totalPeople ? e.participants / totalPeople : 0
      const contributionShare = totalContributions ? contributions / totalContributions : 0
      return {
        ...e,
        contributions,
        participantShare,
        contributionShare,
        wordShare: totalWords ? e.words / totalWords : 0,
        ratio: participantShare
          ? contributionShare / participantShare
          : contributions > 0
            ? Infinity
            : 0,
      }
    })
  const gap = roles.reduce((sum, r) => sum + Math.abs(r.contributionShare - r.participantShare), 0)
  const score = totalContributions && totalPeople ? Math.max(0, 1 - gap / 2) : 1
  const quiet = roles
    .filter((r) => r.participants > 0 && r.ratio < UNDER_HEARD_RATIO)
    .sort((a, b) => a.ratio - b.ratio)[0]
  return {
    roles,
    score,
    underHeard: totalContributions > 0 && quiet ? quiet.role : null,
    totalContributions,
  }
}

/** Counts words in any script: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
