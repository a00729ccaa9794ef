import type { BoardItem } from '@coboard/shared'

/** The words that stand for an item in a list: a note's text, a reframe's "we", an outcome. */
export function itemSummary(item: BoardItem): string {
  switch (item.kind) {
    case 'note':
      return item.text.trim() || 'Empty note'
    case 'reframe':
      return item.we.trim() || item.they.trim() || 'Reframe'
    case 'outcome':
      return item.outcome.trim() || 'Outcome without a title yet'
    case 'cluster':
      return item.title.trim() || 'Untitled group'
  }
}

/** What kind of thing an item is, in a word for a list row. */
export const KIND_WORDS: Record<BoardItem['kind'], string> = {
  note: 'Note',
  reframe: 'Reframe',
  outcome: 'Outcome',
  cluster: 'Group',
}
