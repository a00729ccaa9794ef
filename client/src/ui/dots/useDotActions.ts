import { useMemo } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { announce } from '../../adapters/announce'
import type { ItemId } from '@coboard/shared'

/**
 * Placing and taking back a dot, said aloud: the dot changes a small mark on the card, which a
 * screen reader cannot see, so each press says where the dot went and how many are left.
 */
export function useDotActions() {
  const { facilitation } = useBoardSession()
  return useMemo(() => dotActions(facilitation), [facilitation])
}

function dotActions(facilitation: ReturnType<typeof useBoardSession>['facilitation']) {
  const left = (remaining: number) => (remaining === 1 ? '1 left' : `${remaining} left`)
  return {
    place(itemId: ItemId, label: string, remainingAfter: number) {
      if (facilitation.castVote(itemId)) {
        announce(`Dot placed on “${label}”. ${left(remainingAfter)}.`)
      }
    },
    takeBack(itemId: ItemId, label: string, remainingAfter: number) {
      if (facilitation.removeVote(itemId)) {
        announce(`Dot taken back from “${label}”. ${left(remainingAfter)}.`)
      }
    },
  }
}
