import { buildReport } from './report'
import type { Report, ReportOptions, ReportRole } from './reportModel'
import { escapeHtml as h } from './escape'
import { reportCss } from './htmlStyle'
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
import type { RoleAgreementStatus } from '../outcomes'
import type { BoardSnapshot } from '../schema'

// Every piece of user text passes through `h` (escapeHtml) at the point it is placed. Colours
// and numbers come from the code, never from the board. The Content-Security-Policy forbids
// scripts and every external load, in case a future change ever let markup slip through.

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** A mark for each position, always shown beside its words so colour is never the only signal. */
const STATUS_MARKS: Readonly<Record<RoleAgreementStatus, string>> = {
  agreed: '✓',
  concerns: '!',
  objected: '✗',
  waiting: '·',
}

/**
 * The workshop report as a standalone HTML document with print CSS for A4 (Chromium prints it
 * to PDF): the same content as the Markdown report, all user text escaped, no scripts, no
 * external resources.
 */
export function exportBoardHtml(board: BoardSnapshot, options: ReportOptions): string {
  const report = buildReport(board, options)
  const sections = [
    people(report),
    framework(report),
    openQuestions(report),
    priorities(report),
    stages(report),
    reframes(report),
    balance(report),
    facilitation(report),
  ]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(report.title)} · Workshop report</title>
<style>${reportCss(`${report.title} · ${report.preparedDate}`)}</style>
</head>
<body>
${cover(report)}
<main>
${sections.filter(Boolean).join('\n')}
</main>
<footer class="notice">
<p>${h(namingNotice(report.names))} ${h(LEFT_OUT_NOTICE)} Times are UTC. Made with Coboard.</p>
</footer>
</body>
</html>
`
}

function cover(report: Report): string {
  const agreed = report.framework.filter((row) => row.agreedByAll).length
  const stats = [
    [
      String(report.counts.people),
      report.counts.people === 1 ? 'person took part' : 'people took part',
    ],
    [String(report.counts.notes), report.counts.notes === 1 ? 'note' : 'notes'],
    [
      String(report.counts.reframes),
      report.counts.reframes === 1 ? 'reframe, they → we' : 'reframes, they → we',
    ],
    [`${agreed} of ${report.framework.length}`, 'outcomes agreed by all sides'],
  ]
  const sides = report.people.map((p) => `<li>${chip(p)} <strong>${p.count}</strong></li>`).join('')
  return `<header class="cover">
<p class="eyebrow">Co-production workshop report</p>
<h1>${h(report.title)}</h1>
${report.purpose.trim() ? `<p class="purpose">${h(report.purpose)}</p>` : ''}
<p class="dates">Board started ${h(report.startedDate)} · Report prepared ${h(report.preparedDate)}</p>
<dl class="stats">${stats.map(([value, label]) => `<div class="stat"><dt>${h(label)}</dt><dd>${h(value)}</dd></div>`).join('')}</dl>
${sides ? `<ul class="sides" aria-label="Sides present">${sides}</ul>` : ''}${report.withheld > 0 ? `\n<p class="withheld">${h(withheldWords(report.withheld))}</p>` : ''}
</header>`
}

function people(report: Report): string {
  if (report.people.length === 0) {
    return section('Who took part', '<p>Nobody has joined this board yet.</p>')
  }
  const withNames = report.names === 'names'
  const rows = report.people
    .map(
      (p) =>
        `<tr><td>${chip(p)}</td><td class="num">${p.count}</td>${withNames ? `<td>${h(p.names?.join(', ') || '—')}</td>` : ''}</tr>`,
    )
    .join('')
  return section(
    'Who took part',
    `<table class="${withNames ? '' : 'compact'}"><thead><tr><th>Side</th><th class="num">People</th>${withNames ? '<th>Names</th>' : ''}</tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><td>Total</td><td class="num">${report.counts.people}</td>${withNames ? '<td></td>' : ''}</tr></tfoot></table>`,
  )
}

function framework(report: Report): string {
  if (report.framework.length === 0) {
    return section('Evaluation framework', '<p>No outcomes have been written yet.</p>')
  }
  const agreed = report.framework.filter((row) => row.agreedByAll).length
  const rows = report.framework
    .map((row) => {
      const stances = row.byRole
        .map(
          (r) =>
            `<li class="st-${r.status}"><span class="st" aria-hidden="true">${STATUS_MARKS[r.status]}</span><span>${h(r.label)}${r.status === 'agreed' ? '' : ` <span class="muted">(${STATUS_WORDS[r.status]})</span>`}</span></li>`,
        )
        .join('')
      return `<tr class="${row.agreedByAll ? 'agreed' : 'open'}">
<td class="num">${row.number}</td><td class="outcome">${text(row.outcome)}</td><td>${text(row.measure)}</td>
<td>${text(row.baseline)}</td><td>${text(row.target)}</td><td>${text(row.dataSource)}</td>
<td>${text(row.timeframe)}</td><td>${text(row.owner)}</td>
<td>${row.agreedByAll ? '<span class="all">Agreed by all</span>' : ''}<ul class="stances">${stances}</ul></td></tr>`
    })
    .join('\n')
  return section(
    'Evaluation framework',
    `<p class="lead">What should change, and how we will know. <strong>${agreed} of ${report.framework.length}</strong> outcomes agreed by all sides: every side present agrees and nobody objects.</p>
<table class="framework">
<colgroup><col class="n"><col class="outcome"><col class="measure"><col class="short"><col class="short"><col class="source"><col class="time"><col class="owner"><col class="agreement"></colgroup>
<thead><tr><th class="num">#</th><th>Outcome</th><th>Measure</th><th>Baseline</th><th>Target</th><th>Data source</th><th>Timeframe</th><th>Owner</th><th>Agreement by role</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="legend">✓ agrees · ! has concerns · ✗ objects · · not yet</p>`,
  )
}

function openQuestions(report: Report): string {
  if (report.framework.length === 0) return ''
  if (report.openQuestions.length === 0) {
    return section('Open questions', '<p>Every outcome is agreed by all sides.</p>')
  }
  const cards = report.openQuestions
    .map((q) => {
      const pending = q.agreedByAll
        ? ['<li>Agreed by all sides, with this said alongside:</li>']
        : q.pending.map((p) => `<li><strong>${h(p.label)}</strong>: ${STATUS_WORDS[p.status]}</li>`)
      const remarks = q.remarks.map(
        (r) =>
          `<li>${STANCE_WORDS[r.stance]}${r.credit ? ` from ${h(r.credit)}` : ''}: <span class="remark">${h(r.text)}</span></li>`,
      )
      return `<article class="question"><h3>${q.number}. ${h(q.outcome)}</h3><ul>${[...pending, ...remarks].join('')}</ul></article>`
    })
    .join('\n')
  return section(
    'Open questions',
    `<p class="lead">${openQuestionsLead(report.openQuestions)}</p>\n${cards}`,
  )
}

function priorities(report: Report): string {
  const vote = report.vote
  if (!vote) return ''
  const intro = `Dot vote with ${plural(vote.budget, 'dot')} each, the same for everyone.`
  if (vote.status === 'open') {
    return section(
      'Priorities',
      `<p>${intro} The vote is still open; results appear here once they are revealed to the room.</p>`,
    )
  }
  if (vote.rows.length === 0) return section('Priorities', `<p>${intro} No dots were placed.</p>`)
  const most = Math.max(...vote.rows.map((row) => row.total))
  const rows = vote.rows
    .map(
      (row) =>
        `<tr><td class="num">${row.rank}</td><td>${text(row.text)} <span class="muted kind">· ${KIND_WORDS[row.kind]}</span>` +
        `<span class="bar" style="width: ${Math.round((row.total / most) * 100)}%"></span></td>` +
        `<td class="num"><strong>${row.total}</strong></td>${row.byRole.map((n) => `<td class="num">${n || '<span class="empty">0</span>'}</td>`).join('')}</tr>`,
    )
    .join('\n')
  const heads = report.roles.map((r) => `<th class="num">${h(r.label)}</th>`).join('')
  const shared = vote.shared.length
    ? `<div class="shared"><strong>Shared priorities</strong>, in the top three of every side that voted:<ul>${vote.shared.map((t) => `<li>${h(t)}</li>`).join('')}</ul></div>`
    : report.roles.length > 1
      ? '<p>No item is in the top three of every side that voted.</p>'
      : ''
  return section(
    'Priorities',
    `<p class="lead">${intro} ${plural(vote.dots, 'dot')} from ${plural(vote.voters, 'person', 'people')}.</p>
<table class="votes"><thead><tr><th class="num rank">Rank</th><th>What</th><th class="num">Dots</th>${heads}</tr></thead>
<tbody>
${rows}
</tbody></table>
${shared}`,
  )
}

function stages(report: Report): string {
  if (report.stages.length === 0) return ''
  const blocks = report.stages.map((stage) => {
    const number = stage.number === null ? '' : `${stage.number}. `
    const minutes = stage.minutes ? ` <span class="muted">· ${stage.minutes} min</span>` : ''
    const prompt = stage.prompt.trim() ? `<p class="prompt">${h(stage.prompt)}</p>` : ''
    const elsewhere = elsewhereWords(stage)
    const clustered = stage.groups.some((g) => g.title !== null)
    const groups = stage.groups
      .map((group) => {
        const title = clustered
          ? `<h4>${group.title === null ? 'Other notes' : h(group.title)}</h4>`
          : ''
        const notes = group.notes
          .map(
            (note) =>
              `<li class="note"${note.color ? ` style="border-left-color: ${note.color}"` : ''}><p>${h(note.text)}</p>${note.credit ? `<span class="credit">${h(note.credit)}</span>` : ''}</li>`,
          )
          .join('')
        return `${title}<ul class="notes">${notes}</ul>`
      })
      .join('\n')
    const after =
      stage.groups.length === 0
        ? `<p class="muted">${h(elsewhere || 'No notes in this stage.')}</p>`
        : elsewhere
          ? `<p class="muted">${h(elsewhere)}</p>`
          : ''
    return `<div class="stage"><div class="stage-head"><h3>${number}${h(stage.title)}${minutes}</h3>${prompt}</div>
${groups}${after}</div>`
  })
  return section('Stage by stage', blocks.join('\n'))
}

function reframes(report: Report): string {
  if (report.reframes.length === 0) return ''
  const cards = report.reframes
    .map((r) => {
      const saidBy = r.saidBy ? ` <span class="muted">· said by ${h(r.saidBy)}</span>` : ''
      const accepted = r.acceptedBy.length
        ? `Accepted by ${h(listWords(r.acceptedBy))}`
        : 'Not accepted by any side yet'
      const notYet =
        r.acceptedBy.length && r.notYet.length ? `; not yet by ${h(listWords(r.notYet))}` : ''
      return `<article class="reframe"><div class="they"><span class="label">They…${saidBy}</span><p>${h(r.they)}</p></div>
<div class="we"><span class="label">We could…</span><p>${h(r.we)}</p></div>
<p class="foot">${accepted}${notYet}.</p></article>`
    })
    .join('\n')
  return section(
    'They → we',
    `<p class="lead">Statements about what "they" do, rewritten by the group as something "we" could do together. A reframe stands for a side once someone from that side accepts it.</p>\n${cards}`,
  )
}

function balance(report: Report): string {
  const { score, underHeard, rows } = report.balance
  if (rows.length === 0) return ''
  // Bars are scaled to the largest share, so small rooms still show visible differences.
  const largest = Math.max(...rows.flatMap((r) => [r.participantShare, r.contributionShare]), 0.01)
  const share = (value: number) => `${Math.round((value / largest) * 1000) / 10}%`
  const body = rows
    .map(
      (r) =>
        `<tr><td>${chip(r)}</td><td class="num">${r.people}</td><td class="num">${percent(r.participantShare)}</td><td class="num">${r.contributions}</td><td class="num">${percent(r.contributionShare)}</td><td class="num">${percent(r.wordShare)}</td>` +
        `<td class="bars"><span class="pair"><span class="bar people" style="width: ${share(r.participantShare)}"></span><span class="bar" style="width: ${share(r.contributionShare)}; background: ${r.color}"></span></span></td></tr>`,
    )
    .join('\n')
  const quiet = underHeard
    ? ` <strong>${h(underHeard)}</strong> contributed clearly less than its share of the room.`
    : ' No side was clearly under-heard.'
  return section(
    'Voice balance',
    `<p class="lead"><span class="score">${score.toFixed(2)}</span> balance score out of 1.00, where 1.00 means every side contributed in proportion to its number of people.${quiet} Contributions are notes, reframes, outcomes, stances and dots.</p>
<table class="balance"><thead><tr><th>Side</th><th class="num">People</th><th class="num">% of people</th><th class="num">Contributions</th><th class="num">% of contributions</th><th class="num">% of words</th><th>People (grey) and contributions, to scale</th></tr></thead>
<tbody>
${body}
</tbody></table>`,
  )
}

function facilitation(report: Report): string {
  const f = report.facilitation
  if (f.kind === 'summary') {
    if (f.byRole.length === 0) return ''
    const rows = f.byRole
      .map(
        (r) =>
          `<tr><td>${h(r.label)}</td><td class="num">${r.hatTaken}</td><td class="num">${r.stagesAdvanced}</td></tr>`,
      )
      .join('')
    return section(
      'Facilitation',
      `<p class="lead">The facilitator hat moves around the room. How often each side took it and moved the agenda on; ${plural(f.current, 'person wears', 'people wear')} it now.</p>
<table class="compact"><thead><tr><th>Side</th><th class="num">Took the hat</th><th class="num">Opened a stage</th></tr></thead><tbody>${rows}</tbody></table>`,
    )
  }
  if (f.events.length === 0) return ''
  const rows = f.events
    .map(
      (e) =>
        `<tr><td class="num">${h(e.time)}</td><td>${text(e.stage)}</td><td>${h(e.who)}</td><td>${h(e.action)}</td></tr>`,
    )
    .join('\n')
  const now = f.current.length ? ` Wearing it now: ${h(listWords(f.current))}.` : ''
  return section(
    'Facilitation',
    `<p class="lead">The facilitator hat moves around the room: who wore it, and when (UTC).${now}</p>
<table><thead><tr><th class="num">Time</th><th>Stage</th><th>Who</th><th>What</th></tr></thead>
<tbody>
${rows}
</tbody></table>`,
  )
}

function section(title: string, body: string): string {
  return `<section>\n<h2>${h(title)}</h2>\n${body}\n</section>`
}

/** A side's colour dot and label. */
function chip(role: ReportRole): string {
  return `<span class="chip"><span class="dot" style="background: ${role.color}"></span>${h(role.label)}</span>`
}

/** Escaped text, or a faint dash for an empty field. */
function text(value: string): string {
  return value.trim() ? h(value) : '<span class="empty">—</span>'
}
