import type { ItemId, ItemKind } from '@coboard/shared'
import type { BoardSession } from '../core/boardSession'
import { announce } from '../adapters/announce'
import { BOARD_OBJECT_ATTR } from '../ui/domTargets'

const NAMES: Record<ItemKind, string> = {
  note: 'Note',
  reframe: 'They → we card',
  outcome: 'Outcome',
  cluster: 'Group',
}

/** Where the focus goes when no card is left: the way to make a new one. */
const ADD_NOTE = '[data-testid="add-note"]'

/**
 * Deletes a card at this person's request (Delete key, a Delete button) and keeps their place:
 * the focus goes to the next card in the tab order, else the one before, else "Add note", and
 * the deletion is said with the way back. The card and its controls leave the page with the
 * focus in them, which would otherwise drop it to the body.
 */
export function deleteCard(session: Pick<BoardSession, 'actions' | 'ui' | 'board'>, id: ItemId) {
  const kind = session.board.getState().board.items.get(id)?.kind
  const next = neighbourOf(id) ?? document.querySelector<HTMLElement>(ADD_NOTE)
  session.actions.deleteItem(id)
  session.ui.getState().select(null)
  // Focusing a card selects it, as a Tab onto it would.
  next?.focus({ preventScroll: false })
  if (kind) announce(`${NAMES[kind]} deleted. Ctrl+Z brings it back.`)
}

function neighbourOf(id: ItemId): HTMLElement | null {
  const own = document
    .querySelector(
      `[data-note-id="${id}"], [data-cluster-id="${id}"], .cocard[data-item-id="${id}"]`,
    )
    ?.closest(`[${BOARD_OBJECT_ATTR}]`)
  if (!own) return null
  // Every card's drag surface carries dnd-kit's role description, and nothing else on the board.
  const cards = [...document.querySelectorAll<HTMLElement>('.board-world [aria-roledescription]')]
  const others = cards.filter((card) => !own.contains(card))
  const after = others.find(
    (card) => own.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING,
  )
  return (
    after ??
    others.findLast(
      (card) => own.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_PRECEDING,
    ) ??
    null
  )
}
