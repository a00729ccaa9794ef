import { agreementByRole, isAgreedByAll, rolesPresent } from '../outcomes'
import { namesFor, reportableBoard } from './exportable'
import { roleLabel } from './labels'
import { compareStacking } from '../stacking'
import { roleColor } from './palette'
import { escapeXml as x } from './escape'
import { wrapText } from './wrapText'
import { clusterFrame, noteCard, outcomeCard, reframeCard, round } from './svgCards'
import {
  NOTE_HEIGHT,
  NOTE_WIDTH,
  type BoardItem,
  type BoardSnapshot,
  type ReportNames,
} from '../schema'

/** A rectangle of the board, in board units. */
export interface BoardRect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** What the picture shows. */
export interface SvgOptions {
  /** Whether notes carry their author's name and side, the side only, or neither. */
  readonly names: ReportNames
  /** The part of the board to draw; the whole content when absent. */
  readonly view?: BoardRect
}

/** Space around the content, in board units. */
const MARGIN = 40
/** Room above the content for the board's title. */
const CAPTION = 56
const FONT =
  "'Source Sans 3', 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

/**
 * A picture of the board as a standalone SVG document, drawn from the model: clusters as
 * labelled frames behind notes, notes in their colours with their side (and name, if allowed)
 * in a band, reframe and outcome cards. Whole content with a margin, or only `view`. Cards kept
 * in the room and unrevealed private notes are not drawn, a note carries its author's name only
 * if they asked to be named, and all text is XML-escaped.
 */
export function exportBoardSvg(board: BoardSnapshot, options: SvgOptions): string {
  const shown = reportableBoard(board)
  // Drawn in the board's stacking order, so the picture covers cards as every screen does.
  const items = [...shown.items.values()].sort(compareStacking)
  const view = isUsableRect(options.view) ? options.view : null
  const frame = view ?? fitContent(items)
  const visible = view ? items.filter((item) => intersects(bounds(item), view)) : items
  const present = rolesPresent(shown)
  const credit = (item: BoardItem) => {
    const names = namesFor(item, options.names)
    if (names === 'anonymous') return null
    const label = roleLabel(shown, item.role)
    const name = names === 'names' ? shown.participants.get(item.authorId)?.name.trim() : ''
    return {
      label: name ? `${name} · ${label}` : label,
      color: roleColor(item.role, shown.meta.roles),
    }
  }
  const cards = visible.map((item) => {
    switch (item.kind) {
      case 'cluster':
        return clusterFrame(item)
      case 'note':
        return noteCard(item, credit(item))
      case 'reframe':
        return reframeCard(
          item,
          options.names === 'anonymous' ? null : roleLabel(shown, item.theyRole),
        )
      case 'outcome':
        return outcomeCard(
          item,
          agreementByRole(item, present, shown.participants).map((r) => ({
            ...r,
            label: roleLabel(shown, r.role),
          })),
          isAgreedByAll(item, present, shown.participants),
        )
    }
  })
  // Clusters first, so their frames sit behind the notes they hold.
  const behind = visible.map((item, i) => (item.kind === 'cluster' ? cards[i] : '')).join('')
  const front = visible.map((item, i) => (item.kind === 'cluster' ? '' : cards[i])).join('\n')
  const title = wrapText(shown.meta.title, (frame.width - 2 * MARGIN) / (24 * 0.53), 1)[0] ?? ''
  const caption = view
    ? ''
    : `<text x="${round(frame.x + MARGIN)}" y="${round(frame.y + MARGIN + 8)}" font-size="24" font-weight="700" fill="#243b53">${x(title)}</text>`
  const empty =
    items.length === 0
      ? `<text x="${round(frame.x + frame.width / 2)}" y="${round(frame.y + frame.height / 2 + 20)}" font-size="16" fill="#7b8794" text-anchor="middle">Nothing on this board yet</text>`
      : ''
  const box = [frame.x, frame.y, frame.width, frame.height].map(round).join(' ')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="${Math.ceil(frame.width)}" height="${Math.ceil(frame.height)}" font-family="${FONT}" role="img">
<title>${x(shown.meta.title)}</title>
<rect x="${round(frame.x)}" y="${round(frame.y)}" width="${round(frame.width)}" height="${round(frame.height)}" fill="#f7f8f6"/>
${caption}${empty}<g>${behind}</g>
<g>
${front}
</g>
</svg>
`
}

function bounds(item: BoardItem): BoardRect {
  return item.kind === 'cluster'
    ? { x: item.x, y: item.y, width: item.width, height: item.height }
    : { x: item.x, y: item.y, width: NOTE_WIDTH, height: NOTE_HEIGHT }
}

/** The content's bounding box with a margin, and room above it for the title. */
function fitContent(items: readonly BoardItem[]): BoardRect {
  if (items.length === 0) {
    return {
      x: 0,
      y: -CAPTION,
      width: 2 * MARGIN + 3 * NOTE_WIDTH,
      height: CAPTION + 2 * MARGIN + NOTE_HEIGHT,
    }
  }
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const item of items) {
    const b = bounds(item)
    left = Math.min(left, b.x)
    top = Math.min(top, b.y)
    right = Math.max(right, b.x + b.width)
    bottom = Math.max(bottom, b.y + b.height)
  }
  return {
    x: left - MARGIN,
    y: top - MARGIN - CAPTION,
    width: right - left + 2 * MARGIN,
    height: bottom - top + 2 * MARGIN + CAPTION,
  }
}

function isUsableRect(rect: BoardRect | undefined): rect is BoardRect {
  return (
    rect !== undefined &&
    [rect.x, rect.y, rect.width, rect.height].every(Number.isFinite) &&
    rect.width > 0 &&
    rect.height > 0
  )
}

function intersects(a: BoardRect, b: BoardRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
