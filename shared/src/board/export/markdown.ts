import { buildReport } from './report'
import type { Report, ReportOptions } from './reportModel'
import { escapeMarkdown as md } from './escape'
import {
  KIND_WORDS,
  LEFT_OUT_NOTICE,
  STANCE_WORDS,
  STATUS_WORDS,
  elsewhereWords,
  listWords,
  namingNotice,
  percent,
  plural,
  withheldWords,
  openQuestionsLead,
} from './reportWords'
import type { BoardSnapshot } from '../schema'

// Every piece of user text passes through `md` (escapeMarkdown) exactly once, at the point it is
// placed; everything else in this file is fixed wording.

/**
 * The workshop report as GitHub-flavoured Markdown, for a facilitator to send to commissioners
 * and participants. User text is escaped so it can never change the document's structure.
 */
export function exportBoardMarkdown(board: BoardSnapshot, options: ReportOptions): string {
  const report = buildReport(board, options)
  const blocks = [
    header(report),
    glance(report),
    people(report),
    framework(report),
    openQuestions(report),
    priorities(report),
    stages(report),
    reframes(report),
    balance(report),
    facilitation(report),
    `---\n\n${namingNotice(report.names)} ${LEFT_OUT_NOTICE} Times are UTC. Made with Coboard.`,
  ]
  return `${blocks.filter(Boolean).join('\n\n')}\n`
}

function header(report: Report): string {
  const lines = [`# ${md(report.title)}`]
  if (report.purpose.trim()) lines.push(md(report.purpose))
  lines.push(`Board started ${report.startedDate} · Report prepared ${report.preparedDate}`)
  return lines.join('\n\n')
}

function glance(report: Report): string {
  const agreed = report.framework.filter((row) => row.agreedByAll).length
  const sides = report.people.map((p) => `${md(p.label)} ${p.count}`).join(', ')
  const lines = [
    `- **${plural(report.counts.people, 'person', 'people')}** took part${sides ? `: ${sides}` : ''}.`,
    `- **${plural(report.counts.notes, 'note')}**, **${plural(report.counts.reframes, 'reframe')}** and **${plural(report.framework.length, 'outcome')}** in the evaluation framework.`,
  ]
  if (report.framework.length > 0) {
    lines.push(`- **${agreed} of ${report.framework.length}** outcomes agreed by all sides.`)
  }
  if (report.vote?.shared.length) {
    lines.push(`- **Shared priorities:** ${report.vote.shared.map(md).join('; ')}`)
  }
  if (report.withheld > 0) lines.push(`- ${withheldWords(report.withheld)}`)
  return `## At a glance\n\n${lines.join('\n')}`
}

function people(report: Report): string {
  if (report.people.length === 0) return '## Who took part\n\nNobody has joined this board yet.'
  const withNames = report.names === 'names'
  const head = withNames ? ['Side', 'People', 'Names'] : ['Side', 'People']
  const rows = report.people.map((p) => {
    const cells = [md(p.label), String(p.count)]
    return withNames ? [...cells, p.names?.map(md).join(', ') || '—'] : cells
  })
  const total = ['**Total**', `**${report.counts.people}**`, ...(withNames ? [''] : [])]
  return `## Who took part\n\n${table(head, [...rows, total], ['left', 'right', 'left'])}`
}

function framework(report: Report): string {
  if (report.framework.length === 0) {
    return '## Evaluation framework\n\nNo outcomes have been written yet.'
  }
  const agreed = report.framework.filter((row) => row.agreedByAll).length
  const head = [
    '#',
    'Outcome',
    'Measure',
    'Baseline',
    'Target',
    'Data source',
    'Timeframe',
    'Owner',
    'Agreement by role',
  ]
  const rows = report.framework.map((row) => [
    String(row.number),
    cell(row.outcome),
    cell(row.measure),
    cell(row.baseline),
    cell(row.target),
    cell(row.dataSource),
    cell(row.timeframe),
    cell(row.owner),
    (row.agreedByAll ? '**Agreed by all.** ' : '') +
      row.byRole.map((r) => `${md(r.label)}: ${STATUS_WORDS[r.status]}`).join('; '),
  ])
  return [
    '## Evaluation framework',
    `What should change, and how we will know. **${agreed} of ${report.framework.length}** outcomes agreed by all sides: every side present agrees and nobody objects.`,
    table(head, rows, ['right']),
  ].join('\n\n')
}

function openQuestions(report: Report): string {
  if (report.framework.length === 0) return ''
  if (report.openQuestions.length === 0) {
    return '## Open questions\n\nEvery outcome is agreed by all sides.'
  }
  const blocks = report.openQuestions.map((question) => {
    const lines = question.agreedByAll
      ? ['- Agreed by all sides, with this said alongside:']
      : question.pending.map((p) => `- ${md(p.label)}: ${STATUS_WORDS[p.status]}`)
    for (const remark of question.remarks) {
      const from = remark.credit ? ` from ${md(remark.credit)}` : ''
      lines.push(`- ${STANCE_WORDS[remark.stance]}${from}: ${md(remark.text)}`)
    }
    return `### ${question.number}\\. ${md(question.outcome)}\n\n${lines.join('\n')}`
  })
  return ['## Open questions', openQuestionsLead(report.openQuestions), ...blocks].join('\n\n')
}

function priorities(report: Report): string {
  const vote = report.vote
  if (!vote) return ''
  const intro = `Dot vote with ${plural(vote.budget, 'dot')} each, the same for everyone.`
  if (vote.status === 'open') {
    return `## Priorities\n\n${intro} The vote is still open; results appear here once they are revealed to the room.`
  }
  if (vote.rows.length === 0) return `## Priorities\n\n${intro} No dots were placed.`
  const head = ['Rank', 'What', 'Kind', 'Dots', ...report.roles.map((r) => md(r.label))]
  const rows = vote.rows.map((row) => [
    String(row.rank),
    cell(row.text),
    KIND_WORDS[row.kind],
    String(row.total),
    ...row.byRole.map(String),
  ])
  const align: Align[] = [
    'right',
    'left',
    'left',
    ...Array<Align>(1 + report.roles.length).fill('right'),
  ]
  const blocks = [
    '## Priorities',
    `${intro} ${plural(vote.dots, 'dot')} from ${plural(vote.voters, 'person', 'people')}.`,
    table(head, rows, align),
  ]
  if (vote.shared.length > 0) {
    blocks.push(
      `**Shared priorities**, in the top three of every side that voted:\n\n${vote.shared.map((text) => `- ${md(text)}`).join('\n')}`,
    )
  } else if (report.roles.length > 1) {
    blocks.push('No item is in the top three of every side that voted.')
  }
  return blocks.join('\n\n')
}

function stages(report: Report): string {
  if (report.stages.length === 0) return ''
  const blocks = report.stages.map((stage) => {
    const number = stage.number === null ? '' : `${stage.number}\\. `
    const minutes = stage.minutes ? ` · ${stage.minutes} min` : ''
    const parts = [`### ${number}${md(stage.title)}${minutes}`]
    if (stage.prompt.trim()) parts.push(`> ${md(stage.prompt)}`)
    const elsewhere = elsewhereWords(stage)
    if (stage.groups.length === 0) parts.push(elsewhere || 'No notes in this stage.')
    const clustered = stage.groups.some((g) => g.title !== null)
    for (const group of stage.groups) {
      if (clustered) parts.push(`#### ${group.title === null ? 'Other notes' : md(group.title)}`)
      parts.push(
        group.notes
          .map((note) => `- ${md(note.text)}${note.credit ? ` — *${md(note.credit)}*` : ''}`)
          .join('\n'),
      )
    }
    if (stage.groups.length > 0 && elsewhere) parts.push(elsewhere)
    return parts.join('\n\n')
  })
  return ['## Stage by stage', ...blocks].join('\n\n')
}

function reframes(report: Report): string {
  if (report.reframes.length === 0) return ''
  const items = report.reframes.map((r, index) => {
    const saidBy = r.saidBy ? ` *(said by ${md(r.saidBy)})*` : ''
    const accepted = r.acceptedBy.length
      ? `Accepted by ${listWords(r.acceptedBy.map(md))}`
      : 'Not accepted by any side yet'
    const notYet =
      r.acceptedBy.length && r.notYet.length ? `; not yet by ${listWords(r.notYet.map(md))}` : ''
    // A backslash at the end of a line is a hard line break in CommonMark.
    return [
      `${index + 1}. **They:** ${md(r.they)}${saidBy}\\`,
      `   **We:** ${md(r.we)}\\`,
      `   ${accepted}${notYet}.`,
    ].join('\n')
  })
  return [
    '## They → we',
    'Statements about what "they" do, rewritten by the group as something "we" could do together. A reframe stands for a side once someone from that side accepts it.',
    items.join('\n'),
  ].join('\n\n')
}

function balance(report: Report): string {
  const { score, underHeard, rows } = report.balance
  if (rows.length === 0) return ''
  const head = [
    'Side',
    'People',
    'Share of people',
    'Contributions',
    'Share of contributions',
    'Share of words',
  ]
  const body = rows.map((r) => [
    md(r.label),
    String(r.people),
    percent(r.participantShare),
    String(r.contributions),
    percent(r.contributionShare),
    percent(r.wordShare),
  ])
  const quiet = underHeard
    ? ` **${md(underHeard)}** contributed clearly less than its share of the room.`
    : ' No side was clearly under-heard.'
  return [
    '## Voice balance',
    `Balance score **${score.toFixed(2)}** out of 1.00, where 1.00 means every side contributed in proportion to its number of people.${quiet} Contributions are notes, reframes, outcomes, stances and dots.`,
    table(head, body, ['left', 'right', 'right', 'right', 'right', 'right']),
  ].join('\n\n')
}

function facilitation(report: Report): string {
  const f = report.facilitation
  if (f.kind === 'summary') {
    if (f.byRole.length === 0) return ''
    const rows = f.byRole.map((r) => [md(r.label), String(r.hatTaken), String(r.stagesAdvanced)])
    return [
      '## Facilitation',
      `The facilitator hat moves around the room. How often each side took it and moved the agenda on; ${plural(f.current, 'person wears', 'people wear')} it now.`,
      table(['Side', 'Took the hat', 'Opened a stage'], rows, ['left', 'right', 'right']),
    ].join('\n\n')
  }
  if (f.events.length === 0) return ''
  const rows = f.events.map((e) => [e.time, cell(e.stage), md(e.who), md(e.action)])
  const now = f.current.length ? ` Wearing it now: ${listWords(f.current.map(md))}.` : ''
  return [
    '## Facilitation',
    `The facilitator hat moves around the room: who wore it, and when (UTC).${now}`,
    table(['Time', 'Stage', 'Who', 'What'], rows, ['left']),
  ].join('\n\n')
}

/** An escaped table cell; an empty one shows a dash so the row still reads. */
function cell(text: string): string {
  return md(text) || '—'
}

type Align = 'left' | 'right'

/** A GFM table; cells must already be escaped (escapeMarkdown escapes `|`). */
function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const rule = head.map((_, i) => (align[i] === 'right' ? '---:' : '---'))
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(rule), ...rows.map(line)].join('\n')
}
