import { memo } from 'react'
import type { ItemId } from '@coboard/shared'
import { useItem, useItemKind } from '../../adapters/useBoard'
import { useIsHidden } from '../../adapters/useIsHidden'
import { FaceDownNote } from '../../features/notes/FaceDownNote'
import { ClusterFrame } from '../../features/clusters/ClusterFrame'
import { NoteCard } from '../../features/notes/NoteCard'
import { OutcomeCard } from '../../features/outcomes/OutcomeCard'
import { ReframeCard } from '../../features/reframes/ReframeCard'
import { countRender } from '../../core/lib/renderCounts'

/**
 * Draws one board item with the card of its kind. Each feature adds its kind here; a kind this
 * client does not know is not drawn (the reader already skips unknown kinds).
 */
export const ItemCard = memo(function ItemCard({ id }: { id: ItemId }) {
  countRender('ItemCard')
  const kind = useItemKind(id)
  switch (kind) {
    case 'note':
      return <NoteCard id={id} />
    case 'reframe':
      return <Reframe id={id} />
    case 'outcome':
      return <OutcomeCard id={id} />
    case 'cluster':
      return <ClusterFrame id={id} />
    default:
      return null
  }
})

/** A reframe, face down while it quotes private words its viewer may not read yet. */
function Reframe({ id }: { id: ItemId }) {
  const hidden = useIsHidden(id)
  const item = useItem(id)
  if (hidden && item) return <FaceDownNote x={item.x} y={item.y} what="reframe" />
  return <ReframeCard id={id} />
}
