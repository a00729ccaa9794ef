/** Marks a text field bound to the board, where Ctrl+Z must undo the board, not the field. */
export const SYNCED_TEXT_ATTR = 'data-synced-text'

/** Marks elements that sit on the board (notes, their toolbars): pressing on them is not panning. */
export const BOARD_OBJECT_ATTR = 'data-board-object'

/** Whether an event target is a note or part of one. */
export function isOnBoardObject(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${BOARD_OBJECT_ATTR}]`) !== null
}

/** Whether keys pressed on `target` are text input, which shortcuts must leave alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type))
  )
}
