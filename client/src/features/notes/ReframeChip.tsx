import { useId } from 'react'
import { itemBounds, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { Glyph } from '../../ui/voices/Glyph'
import { revealBounds } from '../../canvas/revealCard'
import { theyFramingOf } from './useTheyFraming'
import { reframedNotes } from '../../core/state/boardIndexes'
import './reframeChip.css'
import { countRender } from '../../core/lib/renderCounts'

/**
 * The quiet "Reframe as we" action on a note that blames or makes demands of another party. It
 * only offers: the words stay the writer's, and the group decides on the rewrite together.
 * Rendered beside the note's drag surface, not inside it, so it is a button of its own.
 */
export function ReframeChip({ noteId, text }: { noteId: ItemId; text: string }) {
  countRender('ReframeChip')
  const { coproduction, ui, board, readOnly } = useBoardSession()
  const cueId = useId()
  const { isTheyFraming, cues } = theyFramingOf(text)
  const reframed = useBoardState(
    (state) => isTheyFraming && reframedNotes(state.board.items).has(noteId),
  )
  if (readOnly || reframed || !isTheyFraming) return null

  const noticed = `Noticed: ${cues.map((cue) => `‘${cue}’`).join(', ')}`
  const reframe = () => {
    const id = coproduction.reframeNote(noteId)
    if (!id) return
    const card = board.getState().board.items.get(id)
    if (card) revealBounds(ui, itemBounds(card))
    // Selected and open at the "we" half, caret at the end of the suggestion, ready to edit.
    ui.getState().startEditing(id)
  }

  return (
    <>
      <button
        type="button"
        className="reframe-chip"
        title={`${noticed}. Turn it into something we could do together.`}
        aria-describedby={cueId}
        onPointerDown={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
        onClick={reframe}
        data-testid="reframe-chip"
      >
        <Glyph name="reframe" size={14} />
        Reframe as we
      </button>
      <span id={cueId} className="visually-hidden">
        {noticed}
      </span>
    </>
  )
}
