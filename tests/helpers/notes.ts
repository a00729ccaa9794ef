import type { BoardSnapshot, ItemId } from '@coboard/shared'

/** The text of note `id` in a board snapshot, or undefined when it is missing or not a note. */
export function noteText(board: BoardSnapshot, id: ItemId): string | undefined {
  const item = board.items.get(id)
  return item?.kind === 'note' ? item.text : undefined
}
