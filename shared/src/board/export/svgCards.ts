import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  type Cluster,
  type Note,
  type Outcome,
  type Reframe,
} from '../schema'
import type { RoleAgreement } from '../outcomes'
import { escapeXml as x } from './escape'
import { NOTE_FILLS } from './palette'
import { wrapText } from './wrapText'

// One function per kind of card, each returning SVG in card-local coordinates (0,0 is the
// top-left corner) wrapped in a translated group. Every card is NOTE_WIDTH × NOTE_HEIGHT, the
// size the board draws and fits to. User text only ever goes through `x` (escapeXml).

const W = NOTE_WIDTH
const H = NOTE_HEIGHT
const PAD = 14
const RADIUS = 10
/** Average glyph width as a share of the font size, for wrapping by character count. */
const GLYPH = 0.5
/** Bold and letter-spaced text runs wider. */
const WIDE_GLYPH = 0.6

/** Lines of text as a <text> element with one <tspan> per line. */
function lines(
  text: string,
  at: { x: number; y: number; size: number; leading: number; width: number; maxLines: number },
  attributes = '',
): string {
  const glyph = /font-weight|letter-spacing/.test(attributes) ? WIDE_GLYPH : GLYPH
  const wrapped = wrapText(text, at.width / (at.size * glyph), at.maxLines)
  if (wrapped.length === 0) return ''
  const spans = wrapped
    .map((line, i) => `<tspan x="${at.x}"${i ? ` dy="${at.leading}"` : ''}>${x(line)}</tspan>`)
    .join('')
  return `<text x="${at.x}" y="${at.y}" font-size="${at.size}"${attributes}>${spans}</text>`
}

function place(item: { x: number; y: number }, body: string): string {
  return `<g transform="translate(${round(item.x)} ${round(item.y)})">${body}</g>`
}

/** Coordinates to at most one decimal, to keep large boards compact. */
export function round(value: number): number {
  return Math.round(value * 10) / 10
}

const SHADOW = `<rect x="1.5" y="2.5" width="${W}" height="${H}" rx="${RADIUS}" fill="#102a43" opacity=".08"/>`

/** A band along the bottom of a card, with square top corners and rounded bottom ones. */
function band(height: number, fill: string): string {
  const top = H - height
  return `<path d="M0 ${top}H${W}V${H - RADIUS}A${RADIUS} ${RADIUS} 0 0 1 ${W - RADIUS} ${H}H${RADIUS}A${RADIUS} ${RADIUS} 0 0 1 0 ${H - RADIUS}Z" fill="${fill}"/>`
}

/** A sticky note in its colour, with the author's side (and name) in a band when the report allows. */
export function noteCard(note: Note, credit: { label: string; color: string } | null): string {
  const bandHeight = credit ? 26 : 0
  const maxLines = credit ? 5 : 6
  const text = lines(note.text, {
    x: PAD,
    y: 30,
    size: 15,
    leading: 19,
    width: W - 2 * PAD,
    maxLines,
  })
  const label = credit
    ? band(bandHeight, credit.color) +
      lines(
        credit.label,
        { x: PAD, y: H - 9, size: 12, leading: 12, width: W - 2 * PAD, maxLines: 1 },
        ' fill="#fff" font-weight="600"',
      )
    : ''
  return place(
    note,
    `${SHADOW}<rect width="${W}" height="${H}" rx="${RADIUS}" fill="${NOTE_FILLS[note.color]}" stroke="#102a43" stroke-opacity=".14"/>${text}${label}`,
  )
}

/** A "they → we" card: the statement about "them" above, what "we" could do below. */
export function reframeCard(reframe: Reframe, saidBy: string | null): string {
  const half = H / 2
  const they = lines(
    reframe.they,
    { x: PAD, y: 35, size: 12, leading: 14.5, width: W - 2 * PAD, maxLines: 3 },
    ' fill="#3e4c59" font-style="italic"',
  )
  const we = lines(
    reframe.we,
    { x: PAD, y: half + 35, size: 12, leading: 14.5, width: W - 2 * PAD, maxLines: 3 },
    ' fill="#102a27"',
  )
  const theyLabel = saidBy ? `They… · ${saidBy}` : 'They…'
  return place(
    reframe,
    SHADOW +
      `<rect width="${W}" height="${H}" rx="${RADIUS}" fill="#e8f5f3"/>` +
      `<path d="M0 ${half}V${RADIUS}A${RADIUS} ${RADIUS} 0 0 1 ${RADIUS} 0H${W - RADIUS}A${RADIUS} ${RADIUS} 0 0 1 ${W} ${RADIUS}V${half}Z" fill="#f5f7fa"/>` +
      `<path d="M0 ${half}H${W}" stroke="#0e6e66" stroke-dasharray="4 3"/>` +
      `<circle cx="${W - 22}" cy="${half}" r="9" fill="#0e6e66"/><path d="M${W - 22} ${half - 4}v8m-3.5-3.5 3.5 3.5 3.5-3.5" stroke="#fff" stroke-width="1.6" fill="none"/>` +
      lines(
        theyLabel.toUpperCase(),
        { x: PAD, y: 18, size: 9.5, leading: 10, width: W - 2 * PAD - 24, maxLines: 1 },
        ' fill="#52606d" font-weight="700" letter-spacing=".6"',
      ) +
      they +
      `<text x="${PAD}" y="${half + 18}" font-size="9.5" fill="#0e6e66" font-weight="700" letter-spacing=".6">WE COULD…</text>` +
      we +
      `<rect width="${W}" height="${H}" rx="${RADIUS}" fill="none" stroke="#0e6e66" stroke-width="2"/>`,
  )
}

const STATUS_FILL: Readonly<Record<RoleAgreement['status'], string>> = {
  agreed: '#0e6e66',
  concerns: '#d97706',
  objected: '#b91c1c',
  waiting: '#cbd2d9',
}
const STATUS_MARK: Readonly<Record<RoleAgreement['status'], string>> = {
  agreed: '✓',
  concerns: '!',
  objected: '✗',
  waiting: '',
}

/** A row of the evaluation framework as a card: what should change, how we will know, who agrees. */
export function outcomeCard(
  outcome: Outcome,
  agreement: readonly (RoleAgreement & { label: string })[],
  agreedByAll: boolean,
): string {
  const header = `<path d="M0 26V${RADIUS}A${RADIUS} ${RADIUS} 0 0 1 ${RADIUS} 0H${W - RADIUS}A${RADIUS} ${RADIUS} 0 0 1 ${W} ${RADIUS}V26Z" fill="#1e3a5f"/>`
  const title = `<text x="${PAD}" y="17" font-size="9.5" fill="#fff" font-weight="700" letter-spacing=".6">OUTCOME</text>`
  const agreed = agreedByAll
    ? `<text x="${W - PAD}" y="17" font-size="10" fill="#9ff2e6" font-weight="700" text-anchor="end">✓ AGREED BY ALL</text>`
    : ''
  const whatAt = { x: PAD, y: 44, size: 13.5, leading: 16.5, width: W - 2 * PAD, maxLines: 3 }
  const what = lines(outcome.outcome, whatAt, ' font-weight="700" fill="#102a43"')
  // The measure takes whatever room the outcome leaves above the row of agreement dots.
  const whatLines = Math.max(
    1,
    wrapText(outcome.outcome, whatAt.width / (whatAt.size * WIDE_GLYPH), 3).length,
  )
  const measureY = whatAt.y + (whatLines - 1) * whatAt.leading + 22
  const measureLines = Math.max(1, Math.floor((H - 38 - measureY) / 13.5) + 1)
  const how = outcome.measure
    ? lines(
        `Measure: ${outcome.measure}`,
        {
          x: PAD,
          y: measureY,
          size: 11,
          leading: 13.5,
          width: W - 2 * PAD,
          maxLines: measureLines,
        },
        ' fill="#3e4c59"',
      )
    : ''
  const dots = agreement
    .map((role, i) => {
      const cx = PAD + 8 + i * 22
      const mark = STATUS_MARK[role.status]
      return (
        `<circle cx="${cx}" cy="${H - 16}" r="8" fill="${STATUS_FILL[role.status]}"><title>${x(role.label)}</title></circle>` +
        (mark
          ? `<text x="${cx}" y="${H - 12.5}" font-size="10" fill="#fff" font-weight="700" text-anchor="middle">${mark}</text>`
          : '')
      )
    })
    .join('')
  return place(
    outcome,
    SHADOW +
      `<rect width="${W}" height="${H}" rx="${RADIUS}" fill="#fff" stroke="#1e3a5f" stroke-width="1.5"/>` +
      header +
      title +
      agreed +
      what +
      how +
      dots,
  )
}

/** A cluster: a labelled frame drawn behind its notes. */
export function clusterFrame(cluster: Cluster): string {
  return place(
    cluster,
    `<rect width="${round(cluster.width)}" height="${round(cluster.height)}" rx="16" fill="#e4e7eb" fill-opacity=".55" stroke="#7b8794" stroke-width="1.5" stroke-dasharray="8 6"/>` +
      lines(
        cluster.title,
        { x: 20, y: 36, size: 20, leading: 20, width: cluster.width - 40, maxLines: 1 },
        ' font-weight="700" fill="#323f4b"',
      ),
  )
}
