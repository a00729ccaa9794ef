import { useMemo } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { isHiddenFrom, sortByStacking, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'

/**
 * The items the projector draws, bottom to top in the board's stacking order, and which of them belong to other stages than the current one
 * (drawn quieter, so the room's eye goes to what it is working on). A note from a private stage
 * that has not been revealed is left out entirely, not drawn face down: the wall shows only how
 * many there are (ProjectorStage), so not even a note's place or colour hints at who wrote what.
 */
export function useProjectorItems(): { ids: readonly ItemId[]; aside: ReadonlySet<ItemId> } {
  const { board } = useBoardSession()
  const ids = useStore(
    board,
    useShallow((state) => {
      const { items, stages } = state.board
      const shown = [...items.values()].filter((item) => !isHiddenFrom(item, null, stages))
      return sortByStacking(shown).map((item) => item.id)
    }),
  )
  const asideIds = useStore(
    board,
    useShallow((state) => {
      const { items, meta } = state.board
      const current = meta.currentStageId
      if (!current) return []
      const inStage = [...items.values()].some((item) => item.stageId === current)
      // A stage with nothing on it yet dims nothing: the wall then shows the board as it is.
      if (!inStage) return []
      return [...items.values()].filter((item) => item.stageId !== current).map((item) => item.id)
    }),
  )
  const aside = useMemo(() => new Set(asideIds), [asideIds])
  return { ids, aside }
}
