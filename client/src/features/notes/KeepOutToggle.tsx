import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useItem } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { NotExportedIcon } from '../../ui/NotExportedIcon'
import './keepOut.css'

/**
 * "Keep out of export" for the selected note: the note stays on the board for the room, but no
 * report, spreadsheet, picture or board file will ever contain it. Only its author or someone
 * wearing the facilitator hat sees the switch.
 */
export function KeepOutToggle({ id }: { id: ItemId }) {
  const { actions } = useBoardSession()
  const note = useItem(id)
  const me = useUi((state) => state.me.participantId)
  const isFacilitator = useBoardState((state) => state.board.facilitators.has(me))
  if (note?.kind !== 'note' || (note.authorId !== me && !isFacilitator)) return null
  const keptOut = note.consent === 'room-only'
  return (
    <button
      type="button"
      className={`note-toolbar-button keep-out-toggle${keptOut ? ' is-on' : ''}`}
      aria-pressed={keptOut}
      title={
        keptOut
          ? 'This note is left out of every export. Press to let it back in.'
          : 'Leave this note out of every report, spreadsheet, picture and board file'
      }
      onClick={() => actions.setKeepOutOfExport(id, !keptOut)}
      data-testid="keep-out-toggle"
    >
      <NotExportedIcon />
      Keep out of export
    </button>
  )
}
