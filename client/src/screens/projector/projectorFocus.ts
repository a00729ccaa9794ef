import {
  activeSpotlight,
  contentBounds,
  isClusterMember,
  isHiddenFrom,
  itemBounds,
  type BoardItem,
  type BoardSnapshot,
  type Bounds,
  type ItemId,
  type Spotlight,
} from '@coboard/shared'

/** A card the wall frames: where it is, and which item it is. */
export interface FocusCard extends Bounds {
  readonly id: ItemId
}

/**
 * What the wall frames, read from the board alone (a summon, being a moment rather than a
 * state, is the camera's business):
 * - spotlight: one card or group a facilitator put up, drawn alone (`ids`) and large;
 * - stage: the cards the room is working on (the current stage's, or every card while the
 *   stage has none yet), paged through at a readable size;
 * - board: the whole board shrunk to fit, which a facilitator chose deliberately.
 * `frame` is what is fitted when it all fits on one page (a group with its title).
 */
export type ProjectorFocus =
  | {
      readonly kind: 'spotlight'
      readonly spotlight: Spotlight
      readonly ids: readonly ItemId[]
      readonly cards: readonly FocusCard[]
      readonly frame: Bounds | null
    }
  | { readonly kind: 'stage'; readonly cards: readonly FocusCard[] }
  | { readonly kind: 'board'; readonly frame: Bounds | null }

/** What the wall frames now; a spotlight on a card the room may not see is ignored. */
export function projectorFocus(board: BoardSnapshot): ProjectorFocus {
  const shown = [...board.items.values()].filter((item) => !isHiddenFrom(item, null, board.stages))
  const spotlight = activeSpotlight(board.meta)
  const spotlit = spotlight ? board.items.get(spotlight.itemId) : undefined
  if (spotlight && spotlit && shown.includes(spotlit)) {
    const members =
      spotlit.kind === 'cluster'
        ? shown.filter((item) => isClusterMember(item, spotlit.id))
        : [spotlit]
    const all = spotlit.kind === 'cluster' ? [spotlit, ...members] : members
    return {
      kind: 'spotlight',
      spotlight,
      ids: all.map((item) => item.id),
      cards: members.map(focusCard),
      frame: contentBounds(all),
    }
  }
  if (board.meta.projectorView === 'board') return { kind: 'board', frame: contentBounds(shown) }
  const cards = shown.filter((item) => item.kind !== 'cluster')
  const stageId = board.meta.currentStageId
  const now = stageId ? cards.filter((item: BoardItem) => item.stageId === stageId) : []
  return { kind: 'stage', cards: (now.length > 0 ? now : cards).map(focusCard) }
}

function focusCard(item: BoardItem): FocusCard {
  return { ...itemBounds(item), id: item.id }
}
