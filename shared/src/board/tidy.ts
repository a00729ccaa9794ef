import type * as Y from 'yjs'
import { readBoard } from './read'
import { getItemMap } from './operations'
import { wearsHat, type HatWearer } from './facilitation'
import { contentBounds, itemBounds, type Bounds } from './geometry'
import { findFreeSpot, PLACEMENT_GAP, type Point } from './placement'
import { fitClusterFrame, frameAround } from './clusterFrame'
import { readCoordinate } from './sanitize'
import type { BoardItem, BoardSnapshot, ItemId } from './schema'

// Tidy: cards laid out in rows with a gap between them, in the order people read the board
// (top to bottom, left to right), and the whole arrangement put where it covers nothing else.

/** Rows aim at this width-to-height ratio, about a laptop screen's. */
const ASPECT = 1.6

/**
 * Top-left corners for boxes of the given sizes laid out in rows, a `gap` apart, relative to
 * the arrangement's own top-left, and the size of the whole. Rows wrap so the whole is roughly
 * ASPECT times as wide as it is tall; no two boxes overlap.
 */
export function layoutGrid(
  sizes: readonly { readonly width: number; readonly height: number }[],
  gap = PLACEMENT_GAP,
): { spots: Point[]; width: number; height: number } {
  const area = sizes.reduce((sum, size) => sum + (size.width + gap) * (size.height + gap), 0)
  const widest = Math.max(0, ...sizes.map((size) => size.width))
  const rowWidth = Math.max(widest, Math.sqrt(area * ASPECT))
  const spots: Point[] = []
  let x = 0
  let y = 0
  let rowHeight = 0
  let width = 0
  for (const size of sizes) {
    if (x > 0 && x + size.width > rowWidth) {
      x = 0
      y += rowHeight + gap
      rowHeight = 0
    }
    spots.push({ x, y })
    width = Math.max(width, x + size.width)
    rowHeight = Math.max(rowHeight, size.height)
    x += size.width + gap
  }
  return { spots, width, height: sizes.length === 0 ? 0 : y + rowHeight }
}

/** A card or a whole group (frame and members) that Tidy moves as one. */
interface Block {
  readonly item: BoardItem
  readonly bounds: Bounds
}

/** Reading order: top to bottom in bands of 80 board units (half a note), then left to right. */
function byReadingOrder(a: Block, b: Block): number {
  const row = (block: Block) => Math.round(block.bounds.y / 80)
  return row(a) - row(b) || a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y
}

const isMemberOfGroup = (board: BoardSnapshot, item: BoardItem) =>
  'clusterId' in item &&
  item.clusterId !== null &&
  board.items.get(item.clusterId)?.kind === 'cluster'

/**
 * Moves the blocks into rows (layoutGrid) placed near where they were, where the arrangement
 * covers no other card (placement.ts); `frame` turns the rows' bounds into what must stay clear,
 * and `ignore` names items that are not in the way (the group being gathered). Call inside a
 * transaction.
 */
function arrange(
  doc: Y.Doc,
  board: BoardSnapshot,
  blocks: readonly Block[],
  frame: (rows: Bounds) => Bounds = (rows) => rows,
  ignore: ReadonlySet<ItemId> = new Set(),
): void {
  if (blocks.length === 0) return
  const ordered = [...blocks].sort(byReadingOrder)
  const grid = layoutGrid(ordered.map((block) => block.bounds))
  const moving = new Set(ordered.map((block) => block.item.id))
  const start = contentBounds(ordered.map((block) => block.item))!
  const outline = frame({ x: 0, y: 0, width: grid.width, height: grid.height })
  const taken = [...board.items.values()]
    .filter((item) => {
      if (moving.has(item.id) || ignore.has(item.id)) return false
      const group = 'clusterId' in item && item.clusterId ? item.clusterId : null
      return group === null || !moving.has(group)
    })
    .map(itemBounds)
  const corner = findFreeSpot({
    width: outline.width,
    height: outline.height,
    near: { x: start.x + outline.x, y: start.y + outline.y },
    taken,
  })
  const origin = { x: corner.x - outline.x, y: corner.y - outline.y }
  ordered.forEach((block, index) => {
    const dx = origin.x + grid.spots[index].x - block.bounds.x
    const dy = origin.y + grid.spots[index].y - block.bounds.y
    shift(doc, block.item, dx, dy)
    if (block.item.kind !== 'cluster') return
    for (const member of board.items.values()) {
      if ('clusterId' in member && member.clusterId === block.item.id) shift(doc, member, dx, dy)
    }
  })
}

function shift(doc: Y.Doc, item: BoardItem, dx: number, dy: number) {
  const map = getItemMap(doc, item.id)
  map?.set('x', Math.round(readCoordinate(item.x + dx)))
  map?.set('y', Math.round(readCoordinate(item.y + dy)))
}

/**
 * Lays the current stage's cards out in rows with no overlaps, in one step (one undo): loose
 * cards one by one, each group whole with its frame. The arrangement goes near where the cards
 * were, clear of every other card. Only someone wearing the facilitator hat may tidy the room's
 * wall; for anyone else it does nothing and returns false, as the other steering verbs do.
 */
export function tidyStage(doc: Y.Doc, by: HatWearer, origin?: unknown): boolean {
  if (!wearsHat(doc, by.participantId)) return false
  const board = readBoard(doc)
  const stageId = board.meta.currentStageId
  const blocks: Block[] = []
  for (const item of board.items.values()) {
    if (item.stageId !== stageId || isMemberOfGroup(board, item)) continue
    blocks.push({ item, bounds: itemBounds(item) })
  }
  if (blocks.length === 0) return false
  doc.transact(() => arrange(doc, board, blocks), origin)
  return true
}

/**
 * Whether cards already sit together as a group should: none covers another, their frame is
 * mostly cards rather than empty space, and it takes in no card from outside.
 */
function isGathered(board: BoardSnapshot, blocks: readonly Block[], clusterId: ItemId): boolean {
  const gap = PLACEMENT_GAP
  const members = new Set(blocks.map((block) => block.item.id))
  const frame = frameAround(contentBounds(blocks.map((block) => block.item))!)
  const cards = blocks.reduce(
    (sum, { bounds }) => sum + (bounds.width + gap) * (bounds.height + gap),
    0,
  )
  if (frame.width * frame.height > cards * 2) return false
  const apart = blocks.every((a, i) =>
    blocks.slice(i + 1).every((b) => !overlaps(a.bounds, b.bounds)),
  )
  const intruder = [...board.items.values()].some(
    (item) => item.id !== clusterId && !members.has(item.id) && overlaps(itemBounds(item), frame),
  )
  return apart && !intruder
}

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * Pulls a group's cards together and fits its frame around exactly them: cards that are
 * scattered, piled up or mixed with other cards are laid out in rows, the whole group placed
 * where it covers no other card; cards already sitting together stay where people put them,
 * unless `always` (Tidy asked for by someone) lays them out in rows anyway. Call inside a transaction (grouping does, right after marking the members) with `board` read
 * before it; returns false when `clusterId` is not a group.
 */
export function gatherCluster(
  doc: Y.Doc,
  board: BoardSnapshot,
  clusterId: ItemId,
  always = false,
): boolean {
  if (getItemMap(doc, clusterId)?.get('kind') !== 'cluster') return false
  const blocks: Block[] = []
  for (const item of board.items.values()) {
    const member = getItemMap(doc, item.id)?.get('clusterId') === clusterId
    if (member && (item.kind === 'note' || item.kind === 'reframe')) {
      blocks.push({ item, bounds: itemBounds(item) })
    }
  }
  // What must stay clear is the frame the rows will get, not just the rows.
  if (blocks.length > 0 && (always || !isGathered(board, blocks, clusterId))) {
    arrange(doc, board, blocks, frameAround, new Set([clusterId]))
  }
  fitClusterFrame(doc, clusterId)
  return true
}

/** Tidies one group (gatherCluster) in one step of its own; anyone may, as anyone may group. */
export function tidyCluster(doc: Y.Doc, clusterId: ItemId, origin?: unknown): boolean {
  const board = readBoard(doc)
  let done = false
  doc.transact(() => {
    done = gatherCluster(doc, board, clusterId, true)
  }, origin)
  return done
}
