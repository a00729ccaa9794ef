import { itemBounds } from '@coboard/shared'
import { useItems } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { useGroupSelection } from './useGroupSelection'

const GAP = 5

/** Outlines the cards picked for grouping, on the board itself so they scale and pan with it. */
export function GroupSelectionLayer() {
  useGroupSelection()
  const selection = useUi((state) => state.groupSelection)
  const items = useItems()
  return (
    <>
      {selection.map((id) => {
        const item = items.get(id)
        if (!item) return null
        const bounds = itemBounds(item)
        return (
          <div
            key={id}
            className="group-outline"
            aria-hidden="true"
            style={{
              transform: `translate(${bounds.x - GAP}px, ${bounds.y - GAP}px)`,
              width: bounds.width + GAP * 2,
              height: bounds.height + GAP * 2,
            }}
          />
        )
      })}
    </>
  )
}
