import type { BoardItem } from '@coboard/shared'

const KIND_NAMES = {
  note: 'Note',
  reframe: 'They → we',
  outcome: 'Outcome',
  cluster: 'Group',
} as const

/** What the kind of a card is called in lists. */
export const kindName = (item: BoardItem): string => KIND_NAMES[item.kind]

/**
 * The words that stand for a card in a list of results. A card still face down on this screen
 * is named as such: results never leak a private note's text before its reveal.
 */
export function itemLabel(item: BoardItem, hidden: boolean): string {
  if (hidden) return 'A note still face down'
  const text = (() => {
    switch (item.kind) {
      case 'note':
        return item.text
      case 'reframe':
        return item.we || item.they
      case 'outcome':
        return item.outcome
      case 'cluster':
        return item.title
    }
  })()
  return text.trim() || `Empty ${KIND_NAMES[item.kind].toLowerCase()}`
}
