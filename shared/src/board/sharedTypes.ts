import * as Y from 'yjs'

// The shapes of shared type a board is made of, checked exactly, and the removal of any other.
// `instanceof` is not enough: a Y.XmlText passes `instanceof Y.Text` and a Y.XmlHook
// `instanceof Y.Map`, and their string forms recurse as deep as their elements nest. Yjs deletes
// and garbage collects a type's contents recursively, so a structure nested thousands deep
// overflows the stack wherever it is deleted, inside Yjs's transaction cleanup, after which the
// document never emits another update. The server refuses such updates (inspectNesting), but
// boards stored or imported before may hold them: the repair takes them apart from the bottom.

/**
 * Deepest shared type a board may hold, counted from its root (a root is 0). The schema's
 * deepest is 2 (items → an outcome → its agreement map, or a note's text); 4 leaves room.
 */
export const MAX_TYPE_DEPTH = 4

/** Levels deleted per transaction when a deep structure is taken apart: few enough to recurse. */
const LEVELS_PER_TRANSACTION = 64

/** Whether `value` is exactly a Y.Text: not a Y.XmlText, which passes `instanceof Y.Text`. */
export function isPlainText(value: unknown): value is Y.Text {
  return value instanceof Y.Text && value.constructor === Y.Text
}

/** Whether `value` is exactly a Y.Map: not a Y.XmlHook, which passes `instanceof Y.Map`. */
export function isPlainMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map && value.constructor === Y.Map
}

/** A shared type somewhere in a board, and how far below its root it sits. */
export interface PlacedType {
  readonly type: Y.AbstractType<unknown>
  readonly depth: number
}

/**
 * Removes every shared type at or below `tops` that is not a plain map, array or text, or that
 * sits deeper than MAX_TYPE_DEPTH; returns how many it removed. Deep ones are taken apart from
 * the bottom, a few levels per transaction (each with `origin`), so nothing recurses deeply.
 * Call it outside any transaction: a transaction inside another would merge into it.
 */
export function removeForeignTypes(
  doc: Y.Doc,
  tops: Iterable<PlacedType>,
  origin: unknown,
): number {
  const cuts: Y.AbstractType<unknown>[] = []
  const stack: PlacedType[] = []
  for (const top of tops) {
    if (isForeign(top)) cuts.push(top.type)
    else stack.push(top)
  }
  // Depth first with a stack of our own: the walk must not recurse on the document's depth.
  for (let placed = stack.pop(); placed; placed = stack.pop()) {
    for (const child of childTypes(placed.type)) {
      const next = { type: child, depth: placed.depth + 1 }
      if (isForeign(next)) cuts.push(child)
      else stack.push(next)
    }
  }
  for (const cut of cuts) takeApart(doc, cut, origin)
  return cuts.length
}

function isForeign({ type, depth }: PlacedType): boolean {
  const shape = type.constructor
  return depth > MAX_TYPE_DEPTH || (shape !== Y.Map && shape !== Y.Array && shape !== Y.Text)
}

/** The shared types held directly by `type`: in its map entries and in its list or text. */
function childTypes(type: Y.AbstractType<unknown>): Y.AbstractType<unknown>[] {
  const children: Y.AbstractType<unknown>[] = []
  const add = (item: Y.Item) => {
    if (!item.deleted && item.content instanceof Y.ContentType) children.push(item.content.type)
  }
  for (const item of type._map.values()) add(item)
  for (let item = type._start; item !== null; item = item.right) add(item)
  return children
}

/** Deletes `root` and everything in it, deepest level first, LEVELS_PER_TRANSACTION at a time. */
function takeApart(doc: Y.Doc, root: Y.AbstractType<unknown>, origin: unknown): void {
  const levels: Y.AbstractType<unknown>[][] = [[root]]
  for (let level = levels[0]; level.length > 0; level = levels[levels.length - 1]) {
    levels.push(level.flatMap(childTypes))
  }
  levels.pop()
  for (let end = levels.length; end > 0; end -= LEVELS_PER_TRANSACTION) {
    doc.transact((transaction) => {
      for (let level = end - 1; level >= Math.max(0, end - LEVELS_PER_TRANSACTION); level--) {
        for (const type of levels[level]) {
          if (type._item && !type._item.deleted) type._item.delete(transaction)
        }
      }
    }, origin)
  }
}
