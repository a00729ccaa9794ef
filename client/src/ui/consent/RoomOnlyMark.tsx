import type { ItemId } from '@coboard/shared'
import { useEffectiveConsent } from '../../adapters/useConsent'
import { NotExportedIcon } from '../NotExportedIcon'
import { countRender } from '../../core/lib/renderCounts'
import './consent.css'

/**
 * A small mark in a card's corner while it is kept in this room (its own choice, or a note it
 * quotes), so everyone can see which cards will not leave the board in any export.
 */
export function RoomOnlyMark({ id }: { id: ItemId }) {
  countRender('RoomOnlyMark')
  if (useEffectiveConsent(id) !== 'room-only') return null
  return (
    <span
      className="room-only-mark"
      title="This room only: never exported"
      data-testid="room-only-mark"
    >
      <NotExportedIcon />
      <span className="visually-hidden">This room only: never exported</span>
    </span>
  )
}
