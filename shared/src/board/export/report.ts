import { agreementByRole, isAgreedByAll, listOutcomes, rolesPresent } from '../outcomes'
import { computeVoiceBalance } from '../balance'
import { tallyVotes } from '../voting'
import { acceptedRoles } from '../reframes'
import { stanceReasons } from '../stanceReasons'
import { countWithheld, namesFor, reportableBoard } from './exportable'
import { boardRoleIds, byCreation, creditFor, itemWords, roleLabel } from './labels'
import { roleColor } from './palette'
import { formatDate, formatTime } from './time'
import type { BoardSnapshot, FacilitationEvent, Note, ReportNames, RoleId } from '../schema'
import type {
  Report,
  ReportFacilitation,
  ReportNote,
  ReportOptions,
  ReportRole,
  ReportStage,
  ReportVote,
} from './reportModel'

// The content of the workshop report is worked out once, here; markdown.ts and html.ts only lay
// it out, so the two formats always say the same.

/**
 * Works out the content of a workshop report. Cards kept in the room and private notes not yet
 * revealed are left out (and the kept ones counted); with `anonymous`, no single contribution
 * carries a name or a side, and with `names` a note carries its author's name only if they
 * asked for it (consent `report-named`).
 */
export function buildReport(source: BoardSnapshot, options: ReportOptions): Report {
  const board = reportableBoard(source)
  const { names } = options
  const side = (role: RoleId): ReportRole => ({
    role,
    label: roleLabel(board, role),
    color: roleColor(role, board.meta.roles),
  })
  const present = rolesPresent(board)
  const items = [...board.items.values()].sort(byCreation)
  const notes = items.filter((item): item is Note => item.kind === 'note')
  const outcomes = listOutcomes(board)
  const people = [...board.participants.values()]
  return {
    title: board.meta.title,
    purpose: board.meta.purpose,
    startedDate: formatDate(board.meta.createdAt),
    preparedDate: formatDate(options.now.getTime()),
    names,
    withheld: countWithheld(source),
    roles: present.map(side),
    people: boardRoleIds(board).flatMap((role) => {
      const ofRole = people.filter((p) => p.role === role)
      if (ofRole.length === 0) return []
      const listed =
        names === 'names'
          ? ofRole
              .map((p) => p.name.trim())
              .filter(Boolean)
              .sort()
          : null
      return [{ ...side(role), count: ofRole.length, names: listed }]
    }),
    counts: {
      people: people.length,
      notes: notes.length,
      reframes: items.filter((item) => item.kind === 'reframe').length,
    },
    framework: outcomes.map((outcome, index) => ({
      number: index + 1,
      outcome: outcome.outcome,
      measure: outcome.measure,
      baseline: outcome.baseline,
      target: outcome.target,
      dataSource: outcome.dataSource,
      timeframe: outcome.timeframe,
      owner: outcome.owner,
      agreedByAll: isAgreedByAll(outcome, present, board.participants),
      byRole: agreementByRole(outcome, present, board.participants).map((r) => ({
        label: roleLabel(board, r.role),
        status: r.status,
      })),
    })),
    openQuestions: outcomes.flatMap((outcome, index) => {
      const agreedByAll = isAgreedByAll(outcome, present, board.participants)
      const remarks = stanceReasons(outcome, board.participants).map((reason) => ({
        stance: reason.stance,
        text: reason.note,
        credit: creditFor(board, names, reason.participantId, reason.role),
      }))
      // An agreed outcome stays out unless someone agreed with a worry the group should carry.
      if (agreedByAll && remarks.length === 0) return []
      const pending = agreementByRole(outcome, present, board.participants)
        .filter((r) => r.status !== 'agreed')
        .map((r) => ({ label: roleLabel(board, r.role), status: r.status }))
      return [{ number: index + 1, outcome: outcome.outcome, agreedByAll, pending, remarks }]
    }),
    vote: reportVote(board, present),
    stages: reportStages(board, notes, names),
    reframes: items.flatMap((item) => {
      if (item.kind !== 'reframe') return []
      const accepted = acceptedRoles(item.acceptedBy, board.participants, present)
      return [
        {
          they: item.they,
          we: item.we,
          saidBy: names === 'anonymous' ? null : roleLabel(board, item.theyRole),
          acceptedBy: accepted.map((role) => roleLabel(board, role)),
          notYet: present.filter((r) => !accepted.includes(r)).map((r) => roleLabel(board, r)),
        },
      ]
    }),
    balance: reportBalance(board, side),
    facilitation: reportFacilitation(board, names),
  }
}

function reportVote(board: BoardSnapshot, present: readonly RoleId[]): ReportVote | null {
  const session = board.meta.vote
  if (!session) return null
  const results = tallyVotes(board, session)
  const revealed = session.status === 'revealed'
  const words = (id: string) => {
    const item = board.items.get(id as never)
    return item ? itemWords(item) : ''
  }
  return {
    status: session.status,
    budget: session.budget,
    dots: results.roles.reduce((sum, r) => sum + r.dots, 0),
    voters: results.roles.reduce((sum, r) => sum + r.voters, 0),
    rows: revealed
      ? results.items.map((tally) => ({
          // Equal totals share a rank: 1, 2, 2, 4.
          rank: 1 + results.items.filter((other) => other.total > tally.total).length,
          kind: board.items.get(tally.itemId)!.kind,
          text: words(tally.itemId),
          total: tally.total,
          byRole: present.map((role) => tally.byRole[role] ?? 0),
        }))
      : [],
    shared: revealed ? results.sharedPriorities.map(words) : [],
  }
}

function reportStages(
  board: BoardSnapshot,
  notes: readonly Note[],
  names: ReportNames,
): ReportStage[] {
  const clusters = [...board.items.values()]
    .filter((item) => item.kind === 'cluster')
    .sort(byCreation)
  const toEntry = (note: Note): ReportNote => ({
    text: note.text,
    credit: creditFor(board, namesFor(note, names), note.authorId, note.role),
    color: names === 'anonymous' ? null : roleColor(note.role, board.meta.roles),
  })
  const group = (inStage: readonly Note[]): ReportStage['groups'] => {
    const grouped = clusters.flatMap((cluster) => {
      const members = inStage.filter((note) => note.clusterId === cluster.id)
      return members.length ? [{ title: cluster.title, notes: members.map(toEntry) }] : []
    })
    const clustered = new Set(clusters.map((cluster) => cluster.id as string))
    const loose = inStage.filter((note) => !note.clusterId || !clustered.has(note.clusterId))
    return loose.length ? [...grouped, { title: null, notes: loose.map(toEntry) }] : grouped
  }
  const stageIds = new Set(board.stages.map((stage) => stage.id as string))
  const made = (kind: 'reframe' | 'outcome', stageId: string) =>
    [...board.items.values()].filter((item) => item.kind === kind && item.stageId === stageId)
      .length
  const stages: ReportStage[] = board.stages.map((stage, index) => ({
    number: index + 1,
    title: stage.title,
    prompt: stage.prompt,
    minutes: stage.minutes,
    groups: group(notes.filter((note) => note.stageId === stage.id)),
    reframes: made('reframe', stage.id),
    outcomes: made('outcome', stage.id),
  }))
  const outside = notes.filter((note) => !note.stageId || !stageIds.has(note.stageId))
  if (outside.length > 0) {
    const title = board.stages.length ? 'Outside the agenda' : 'Notes'
    stages.push({
      number: null,
      title,
      prompt: '',
      minutes: null,
      groups: group(outside),
      reframes: 0,
      outcomes: 0,
    })
  }
  return stages
}

function reportBalance(
  board: BoardSnapshot,
  side: (role: RoleId) => ReportRole,
): Report['balance'] {
  const balance = computeVoiceBalance(board, board.meta.vote)
  return {
    score: balance.score,
    underHeard: balance.underHeard && roleLabel(board, balance.underHeard),
    rows: balance.roles.map((r) => ({
      ...side(r.role),
      people: r.participants,
      contributions: r.contributions,
      participantShare: r.participantShare,
      contributionShare: r.contributionShare,
      wordShare: r.wordShare,
    })),
  }
}

function reportFacilitation(board: BoardSnapshot, names: ReportNames): ReportFacilitation {
  const log = board.facilitationLog
  if (names === 'anonymous') {
    const roles = boardRoleIds(board).filter((role) => log.some((e) => e.role === role))
    return {
      kind: 'summary',
      byRole: roles.map((role) => ({
        label: roleLabel(board, role),
        hatTaken: log.filter((e) => e.role === role && e.action === 'took-hat').length,
        stagesAdvanced: log.filter((e) => e.role === role && e.action === 'advanced-stage').length,
      })),
      current: board.facilitators.size,
    }
  }
  const credit = (id: FacilitationEvent['participantId'], role: RoleId) =>
    creditFor(board, names, id, role) ?? ''
  const stageTitle = (id: string | null) => board.stages.find((s) => s.id === id)?.title ?? ''
  const describe = (event: FacilitationEvent): string => {
    switch (event.action) {
      case 'took-hat':
        return 'took the hat'
      case 'left-hat':
        return 'put the hat down'
      case 'advanced-stage':
        return 'opened this stage'
      case 'passed-hat': {
        const to = event.toParticipantId && board.participants.get(event.toParticipantId)
        return to ? `passed the hat to ${credit(to.id, to.role)}` : 'passed the hat on'
      }
    }
  }
  return {
    kind: 'log',
    events: log.map((event) => ({
      time: formatTime(event.at),
      stage: stageTitle(event.stageId),
      who: credit(event.participantId, event.role),
      action: describe(event),
    })),
    current: [...board.facilitators]
      .map((id) => board.participants.get(id))
      .filter((p) => p !== undefined)
      .sort(byJoining)
      .map((p) => credit(p.id, p.role)),
  }
}

function byJoining(a: { id: string; joinedAt: number }, b: { id: string; joinedAt: number }) {
  return byCreation({ id: a.id, createdAt: a.joinedAt }, { id: b.id, createdAt: b.joinedAt })
}
