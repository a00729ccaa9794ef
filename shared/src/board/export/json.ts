import { agreementByRole, isAgreedByAll, rolesPresent } from '../outcomes'
import type { Roster } from '../voices'
import { computeVoiceBalance } from '../balance'
import { tallyVotes } from '../voting'
import { dictionaryFrom } from '../dictionary'
import { countWithheld, namesFor, reportableBoard } from './exportable'
import { boardRoleIds, byCreation } from './labels'
import { withheldWords } from './reportWords'
import { toIsoTime } from './time'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type BoardExport, type ExportedItem } from './format'
import type { BoardItem, BoardSnapshot, ParticipantId, ReportNames, RoleId } from '../schema'

export { EXPORT_FORMAT_VERSION }
export type { BoardExport, ExportedItem }

/** How a board file is made. */
export interface BoardFileOptions {
  /** How the file names people; the board's own setting when absent. */
  readonly names?: ReportNames
  /**
   * A full backup: every name kept, whatever `names` and each card's consent asks. Only for
   * whoever holds the participant link, to keep the board itself; the file says it is one.
   */
  readonly fullBackup?: boolean
}

/**
 * Builds the JSON board file, which an import turns back into a board: every field as plain
 * JSON (Maps become arrays sorted by id, times ISO strings), in a stable order. Like every
 * export it leaves out the cards kept in the room and the private notes not yet revealed (see
 * reportableBoard) and says how many were kept in. Unless it is a full backup, it names people
 * as `names` does: participants' names are blanked for sides only or anonymous, and with names
 * a card's author stays linked to it only where they asked to be named.
 */
export function exportBoardJson(
  boardId: string,
  board: BoardSnapshot,
  now: Date = new Date(),
  options: BoardFileOptions = {},
): BoardExport {
  const exportable = reportableBoard(board)
  const fullBackup = options.fullBackup === true
  const names = fullBackup ? 'names' : (options.names ?? board.meta.reportNames)
  const withheld = countWithheld(board)
  const present = rolesPresent(exportable)
  const items = [...exportable.items.values()].sort(byCreation)
  const order = new Map(items.map((item, index) => [item.id as string, index]))
  const session = exportable.meta.vote
  const roleOrder = boardRoleIds(exportable)
  // Without a backup's say-so, a card is linked to its author only where the author may be named.
  const authorOf = (item: BoardItem): ParticipantId =>
    fullBackup || names !== 'names' || namesFor(item, names) === 'names'
      ? item.authorId
      : ('' as ParticipantId)
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion: exportable.meta.schemaVersion,
    exportedAt: now.toISOString(),
    fullBackup,
    names,
    withheld,
    notice: fileNotice(fullBackup, names, withheld),
    board: {
      id: boardId,
      title: exportable.meta.title,
      purpose: exportable.meta.purpose,
      createdAt: toIsoTime(exportable.meta.createdAt),
      roles: exportable.meta.roles.map(({ id, label, description }) => ({
        id,
        label,
        description,
      })),
      reportNames: exportable.meta.reportNames,
      currentStageId: exportable.meta.currentStageId,
    },
    participants: [...exportable.participants.values()]
      .sort((a, b) => byCreation({ ...a, createdAt: a.joinedAt }, { ...b, createdAt: b.joinedAt }))
      .map((p) => ({
        id: p.id,
        name: names === 'names' ? p.name : '',
        role: p.role,
        joinedAt: toIsoTime(p.joinedAt),
      })),
    items: items.map((item) =>
      exportItem({ ...item, authorId: authorOf(item) }, present, exportable.participants),
    ),
    stages: exportable.stages.map((stage) => ({
      id: stage.id,
      title: stage.title,
      prompt: stage.prompt,
      minutes: stage.minutes,
      private: stage.private,
      revealed: stage.revealed,
      current: stage.id === exportable.meta.currentStageId,
    })),
    voteSession: session && {
      id: session.id,
      budget: session.budget,
      status: session.status,
      kinds: [...session.kinds],
      startedAt: toIsoTime(session.startedAt),
      stageId: session.stageId,
    },
    votes: session
      ? tallyVotes(exportable, session)
          // Ties follow the export's item order, not the document's key order, which may differ
          // between two copies of the same board.
          .items.toSorted(
            (a, b) => b.total - a.total || order.get(a.itemId)! - order.get(b.itemId)!,
          )
          .map((tally) => ({
            itemId: tally.itemId,
            total: tally.total,
            byRole: inRoleOrder(tally.byRole, roleOrder),
          }))
      : [],
    rawVotes: exportable.votes
      .map(({ sessionId, participantId, slot, itemId }) => ({
        sessionId,
        participantId,
        slot,
        itemId,
      }))
      .sort(
        (a, b) =>
          compare(a.sessionId, b.sessionId) ||
          compare(a.participantId, b.participantId) ||
          a.slot - b.slot,
      ),
    clusters: items.flatMap((cluster) =>
      cluster.kind === 'cluster'
        ? [
            {
              id: cluster.id,
              title: cluster.title,
              memberIds: items
                .filter((item) => 'clusterId' in item && item.clusterId === cluster.id)
                .map((item) => item.id),
            },
          ]
        : [],
    ),
    facilitators: [...exportable.facilitators].sort(compare),
    facilitationLog: exportable.facilitationLog.map((event) => ({
      ...event,
      at: toIsoTime(event.at),
    })),
    participation: exportParticipation(exportable),
  }
}

function exportItem(item: BoardItem, present: readonly RoleId[], roster: Roster): ExportedItem {
  const base = {
    x: item.x,
    y: item.y,
    role: item.role,
    authorId: item.authorId,
    stageId: item.stageId,
    createdAt: toIsoTime(item.createdAt),
    ...(item.stackIndex !== null && { stackIndex: item.stackIndex }),
  }
  switch (item.kind) {
    case 'note':
      return {
        id: item.id,
        kind: 'note',
        ...base,
        text: item.text,
        color: item.color,
        clusterId: item.clusterId,
        consent: item.consent,
        // Only when set, so files of boards that never dismissed a chip stay as they were.
        ...(item.theyFramingDismissed ? { theyFramingDismissed: true } : {}),
      }
    case 'reframe':
      return {
        id: item.id,
        kind: 'reframe',
        ...base,
        they: item.they,
        we: item.we,
        theyRole: item.theyRole,
        sourceNoteId: item.sourceNoteId,
        clusterId: item.clusterId,
        consent: item.consent,
        acceptedBy: [...item.acceptedBy]
          .sort(([a], [b]) => compare(a, b))
          .map(([participantId, role]) => ({ participantId, role })),
      }
    case 'outcome':
      return {
        id: item.id,
        kind: 'outcome',
        ...base,
        outcome: item.outcome,
        measure: item.measure,
        baseline: item.baseline,
        target: item.target,
        dataSource: item.dataSource,
        timeframe: item.timeframe,
        owner: item.owner,
        agreement: [...item.agreement]
          .sort(([a], [b]) => compare(a, b))
          .map(([participantId, a]) => ({
            participantId,
            stance: a.stance,
            role: a.role,
            note: a.note,
            at: toIsoTime(a.at),
          })),
        agreementByRole: agreementByRole(item, present, roster),
        agreedByAll: isAgreedByAll(item, present, roster),
      }
    case 'cluster':
      return {
        id: item.id,
        kind: 'cluster',
        ...base,
        title: item.title,
        width: item.width,
        height: item.height,
      }
  }
}

/** What the file says of itself, in words, for a person who opens it. */
function fileNotice(fullBackup: boolean, names: ReportNames, withheld: number): string {
  const naming = fullBackup
    ? 'A full backup: every participant’s name is in it, whatever the board’s naming setting ' +
      'and each card’s choice, so keep it as safe as the participant link.'
    : names === 'names'
      ? 'Names as the group agreed: a card is linked to its author only where they asked to be named.'
      : 'No names: participants are listed by side only.'
  const left = 'Cards kept in the room and private notes not yet revealed are not in it.'
  return [naming, left, withheldWords(withheld, 'this file')].filter(Boolean).join(' ')
}

function exportParticipation(board: BoardSnapshot): BoardExport['participation'] {
  const balance = computeVoiceBalance(board, board.meta.vote)
  return {
    score: round(balance.score),
    underHeard: balance.underHeard,
    totalContributions: balance.totalContributions,
    roles: balance.roles.map((r) => ({
      role: r.role,
      participants: r.participants,
      notes: r.notes,
      reframes: r.reframes,
      words: r.words,
      agreements: r.agreements,
      votes: r.votes,
      contributions: r.contributions,
      participantShare: round(r.participantShare),
      contributionShare: round(r.contributionShare),
      wordShare: round(r.wordShare),
      ratio: Number.isFinite(r.ratio) ? round(r.ratio) : null,
    })),
  }
}

/** Rebuilds a per-role record with its keys in the board's role order, for a stable file. */
function inRoleOrder(
  counts: Readonly<Record<RoleId, number>>,
  roleOrder: readonly RoleId[],
): Record<RoleId, number> {
  const keys = Object.keys(counts)
  const rank = (role: RoleId) => {
    const index = roleOrder.indexOf(role)
    return index < 0 ? roleOrder.length : index
  }
  const sorted = keys.sort((a, b) => rank(a) - rank(b) || compare(a, b))
  return dictionaryFrom(sorted.map((role) => [role, counts[role]]))
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
