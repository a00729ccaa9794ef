import { useCallback } from 'react'
import { OUTCOME_HEIGHT, OUTCOME_WIDTH } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { findFreeSpotInView } from '../../canvas/placement'
import { revealAmongCards } from '../../canvas/revealAmongCards'

/**
 * "Add outcome": a new outcome card in a free place near the middle of the view, clear of other
 * cards and the bars, selected and open at its first field.
 */
export function useAddOutcome() {
  const { coproduction, ui, board } = useBoardSession()
  return useCallback(() => {
    const items = board.getState().board.items
    const size = { width: OUTCOME_WIDTH, height: OUTCOME_HEIGHT }
    const spot = findFreeSpotInView(ui, items.values(), size)
    // A full screen sends the card just outside it: bring it into view before typing.
    revealAmongCards(ui, items.values(), { ...spot, ...size })
    ui.getState().startEditing(coproduction.addOutcome(spot.x, spot.y))
  }, [coproduction, ui, board])
}
