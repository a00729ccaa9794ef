import type * as Y from 'yjs'
import { cutText } from './sanitize'
/** The smallest single splice that turns `before` into `after`: delete `remove` at `index`, then insert `insert`. */
export interface TextSplice {
  readonly index: number
  readonly remove: number
  readonly insert: string
}

/** Finds the splice between two strings by their common prefix and suffix (linear time). */
export function diffText(before: string, after: string): TextSplice {
  let start = 0
  const shortest = Math.min(before.length, after.length)
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++
  // Never split a surrogate pair: a half emoji in a Y.Text would render as garbage for everyone.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--
  let end = 0
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++
  }
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  }
}

/**
 * Makes `text` read `next` by the smallest splice, within `max` characters, so two people typing
 * in different parts of one text both keep their words. Call inside a transaction.
 */
export function spliceText(text: Y.Text, next: string, max: number): void {
  const before = text.toString()
  const splice = diffText(before, next)
  const insert = cutText(splice.insert, Math.max(0, max - before.length + splice.remove))
  if (splice.remove > 0) text.delete(splice.index, splice.remove)
  if (insert) text.insert(splice.index, insert)
}

/** Where a caret at `caret` in `before` belongs once someone else's edit has produced `after`. */
export function mapCaret(before: string, after: string, caret: number): number {
  const { index, remove, insert } = diffText(before, after)
  if (caret <= index) return caret
  if (caret >= index + remove) return caret - remove + insert.length
  return index + insert.length
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
