import type { ItemId } from '@coboard/shared'
import { useItem } from '../../adapters/useBoard'
import { NotExportedIcon } from '../../ui/NotExportedIcon'
import './keepOut.css'
import { countRender } from '../../core/lib/renderCounts'

/**
 * A small mark in a note's corner while it is kept out of exports, so the room can see which
 * notes will not leave the board. Meant for NoteCard, beside RemoteEditBadge.
 */
export function KeptOutMark({ id }: { id: ItemId }) {
  countRender('KeptOutMark')
  const note = useItem(id)
  if (note?.kind !== 'note' || note.consent !== 'room-only') return null
  return (
    <span className="kept-out-mark" title="Kept out of every export" data-testid="kept-out-mark">
      <NotExportedIcon />
      <span className="visually-hidden">Kept out of every export</span>
    </span>
  )
}
