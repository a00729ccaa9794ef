import { agreementByRole, rolesPresent } from '../outcomes'
import { acceptingSides } from '../reframes'
import type { Roster } from '../voices'
import { tallyVotes, type ItemTally } from '../voting'
import { countWithheld, namesFor, reportableBoard } from './exportable'
import { boardRoleIds, byCreation, roleLabel } from './labels'
import { KIND_WORDS, withheldWords } from './reportWords'
import type { BoardItem, BoardSnapshot, ItemId, ReportNames, RoleId } from '../schema'

/** What the spreadsheet shows. */
export interface CsvOptions {
  /** A Role column unless anonymous; an Author column only with names. */
  readonly names: ReportNames
}

/** Spreadsheets run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^ *[=+\-@\t\r]/

/**
 * A formula start after a separator inside the cell. A spreadsheet set to split on `;` (common
 * where the decimal mark is a comma) does not see our quotes where its own cell starts mid-way
 * through ours, and ends a row at a line break, so `Waiting times;=1+1` would run `=1+1` there.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n] *)(?=[=+\-@])/g

/** Characters that make a cell need quotes: a quote, either separator, a tab or a line break. */
const NEEDS_QUOTES = /[",;\t\r\n]/

/**
 * Quotes one cell as RFC 4180 asks (quotes doubled, the cell quoted when it holds a quote, a
 * comma or semicolon, a tab or a line break) after neutralising formulas: a cell starting with
 * = + - @, a tab or a carriage return (after any spaces), and each = + - @ that follows a
 * separator, tab or line break inside it (after any spaces), gets a single quote in front, so a
 * spreadsheet shows it as text instead of running it, whichever separator it splits on.
 */
export function csvCell(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'")
  const inert = FORMULA_START.test(inner) ? `'${inner}` : inner
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert
}

/**
 * The board as a spreadsheet (CSV, UTF-8 with a byte order mark so Excel reads accents, CRLF
 * line ends): one row per item in agenda order, its texts, dots in total and per side (only
 * once the vote is revealed) and each side's agreement or acceptance. Cards kept in the room
 * and unrevealed private notes are left out; when some were kept in the room, a last row of the
 * kind "Kept in the room" says how many. The Author column names only authors who asked to be
 * named.
 */
export function exportBoardCsv(board: BoardSnapshot, options: CsvOptions): string {
  const shown = reportableBoard(board)
  const roles = boardRoleIds(shown)
  const present = rolesPresent(shown)
  const session = shown.meta.vote?.status === 'revealed' ? shown.meta.vote : null
  const tallies = new Map<ItemId, ItemTally>(
    session ? tallyVotes(shown, session).items.map((t) => [t.itemId, t]) : [],
  )
  const stageIndex = new Map(shown.stages.map((stage, index) => [stage.id as string, index]))
  const stageOf = (item: BoardItem) => stageIndex.get(item.stageId ?? '') ?? shown.stages.length
  const items = [...shown.items.values()].sort(
    (a, b) => stageOf(a) - stageOf(b) || byCreation(a, b),
  )
  const titleOf = (id: ItemId | null) => {
    const cluster = id ? shown.items.get(id) : undefined
    return cluster?.kind === 'cluster' ? cluster.title : ''
  }
  const withRole = options.names !== 'anonymous'
  const withAuthor = options.names === 'names'
  const authorName = (item: BoardItem) =>
    namesFor(item, options.names) === 'names'
      ? (shown.participants.get(item.authorId)?.name ?? '')
      : ''
  const header = [
    'Id',
    'Kind',
    'Stage',
    'Cluster',
    ...(withRole ? ['Role'] : []),
    ...(withAuthor ? ['Author'] : []),
    'Text',
    'They',
    'We',
    'Outcome',
    'Measure',
    'Baseline',
    'Target',
    'Data source',
    'Timeframe',
    'Owner',
    'Votes',
    ...roles.map((role) => `Votes: ${roleLabel(shown, role)}`),
    ...roles.map((role) => `Agreement: ${roleLabel(shown, role)}`),
  ]
  const rows = items.map((item) => {
    const tally = tallies.get(item.id)
    const votable = session !== null && session.kinds.includes(item.kind)
    const votes = (count: number | undefined) => (votable ? String(count ?? 0) : '')
    return [
      item.id,
      KIND_WORDS[item.kind],
      shown.stages[stageOf(item)]?.title ?? '',
      item.kind === 'note' || item.kind === 'reframe' ? titleOf(item.clusterId) : '',
      ...(withRole ? [roleLabel(shown, item.role)] : []),
      ...(withAuthor ? [authorName(item)] : []),
      item.kind === 'note' ? item.text : item.kind === 'cluster' ? item.title : '',
      item.kind === 'reframe' ? item.they : '',
      item.kind === 'reframe' ? item.we : '',
      ...(item.kind === 'outcome'
        ? [
            item.outcome,
            item.measure,
            item.baseline,
            item.target,
            item.dataSource,
            item.timeframe,
            item.owner,
          ]
        : ['', '', '', '', '', '', '']),
      votes(tally?.total),
      ...roles.map((role) => votes(tally?.byRole[role])),
      ...agreementCells(item, roles, present, shown.participants),
    ]
  })
  const withheld = countWithheld(board)
  if (withheld > 0) {
    const note = header.map(() => '')
    note[1] = 'Kept in the room'
    note[header.indexOf('Text')] = withheldWords(withheld, 'this spreadsheet')
    rows.push(note)
  }
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** Each side's position on an outcome, or whether it accepted a reframe; blank for other kinds. */
function agreementCells(
  item: BoardItem,
  roles: readonly RoleId[],
  present: readonly RoleId[],
  roster: Roster,
) {
  if (item.kind === 'outcome') {
    const byRole = new Map(agreementByRole(item, present, roster).map((r) => [r.role, r.status]))
    return roles.map((role) => byRole.get(role) ?? '')
  }
  if (item.kind === 'reframe') {
    const accepted = acceptingSides(item.acceptedBy, roster)
    return roles.map((role) =>
      accepted.has(role) ? 'accepted' : present.includes(role) ? 'not yet' : '',
    )
  }
  return roles.map(() => '')
}
