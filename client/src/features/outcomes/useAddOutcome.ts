import { useCallback } from 'react'
import { OUTCOME_HEIGHT, OUTCOME_WIDTH } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { screenCentre } from '../../canvas/camera'

/** How far a new outcome steps aside from one already in the same spot. */
const CASCADE = 36

/**
 * "Add outcome": a new outcome card in the middle of the view, selected and open at its first
 * field. Pressed twice, the second card steps down and right instead of hiding the first.
 */
export function useAddOutcome() {
  const { coproduction, ui, board } = useBoardSession()
  return useCallback(() => {
    const centre = screenCentre(ui)
    let x = Math.round(centre.x - OUTCOME_WIDTH / 2)
    let y = Math.round(centre.y - OUTCOME_HEIGHT / 2)
    const taken = [...board.getState().board.items.values()]
    while (taken.some((item) => Math.abs(item.x - x) < 8 && Math.abs(item.y - y) < 8)) {
      x += CASCADE
      y += CASCADE
    }
    ui.getState().startEditing(coproduction.addOutcome(x, y))
  }, [coproduction, ui, board])
}
