import { useId, type SyntheticEvent } from 'react'
import { itemBounds, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { Glyph } from '../../ui/voices/Glyph'
import { revealAmongCards } from '../../canvas/revealAmongCards'
import { measurePlacementArea } from '../../canvas/placementArea'
import { useTheyFraming } from './useTheyFraming'
import { useNudgeAnnouncement } from './useNudgeAnnouncement'
import { useUi } from '../../adapters/useUi'
import { reframedNotes } from '../../core/state/boardIndexes'
import './reframeChip.css'
import { countRender } from '../../core/lib/renderCounts'

interface ReframeChipProps {
  readonly noteId: ItemId
  readonly text: string
  /** Someone has said this note is not blame: no chip, for anyone. */
  readonly dismissed: boolean
  /** Where focus goes once the chip has been dismissed and is gone. */
  readonly onDismissed: () => void
}

/**
 * The quiet "Reframe as we" action on a note that blames or makes demands of another party. It
 * only offers: the words stay the writer's, and the group decides on the rewrite together. It
 * says what it noticed (the cue), and "Not blame" hides it on this note for everyone. Rendered
 * beside the note's drag surface, not inside it, so its buttons are buttons of their own.
 */
export function ReframeChip({ noteId, text, dismissed, onDismissed }: ReframeChipProps) {
  countRender('ReframeChip')
  const { coproduction, ui, board, readOnly } = useBoardSession()
  const cueId = useId()
  const framing = useTheyFraming(text, !readOnly && !dismissed)
  const isTheyFraming = !dismissed && framing !== null && framing.result.isTheyFraming
  const reframed = useBoardState(
    (state) => isTheyFraming && reframedNotes(state.board.items).has(noteId),
  )
  const me = useUi((state) => state.me.participantId)
  const mine = useBoardState((state) => state.board.items.get(noteId)?.authorId === me)
  useNudgeAnnouncement(noteId, !readOnly && !reframed && isTheyFraming && mine, text)
  if (readOnly || reframed || !isTheyFraming) return null

  const cues = framing.result.cues.map((cue) => `“${cue}”`).join(', ')
  const reframe = () => {
    const id = coproduction.reframeNote(
      noteId,
      framing.detector.suggestWeFraming,
      measurePlacementArea(ui),
    )
    if (!id) return
    const card = board.getState().board.items.get(id)
    if (card) revealAmongCards(ui, board.getState().board.items.values(), itemBounds(card))
    // Selected and open at the "we" half, caret at the end of the suggestion, ready to edit.
    ui.getState().startEditing(id)
  }
  const dismiss = () => {
    coproduction.dismissTheyFraming(noteId)
    onDismissed()
  }
  const stopBoardGestures = {
    onPointerDown: (event: SyntheticEvent) => event.stopPropagation(),
    onDoubleClick: (event: SyntheticEvent) => event.stopPropagation(),
  }

  return (
    <div className="reframe-chips" data-testid="reframe-chips">
      <button
        type="button"
        className="reframe-chip"
        title={`Noticed ${cues}. Turn it into something we could do together.`}
        aria-describedby={cueId}
        onClick={reframe}
        data-testid="reframe-chip"
        {...stopBoardGestures}
      >
        <Glyph name="reframe" size={14} />
        Reframe as we
      </button>
      <button
        type="button"
        className="reframe-dismiss"
        aria-label="Not blame: hide “Reframe as we” on this note for everyone"
        title="Not blame: hide this on this note for everyone"
        onClick={dismiss}
        data-testid="reframe-dismiss"
        {...stopBoardGestures}
      >
        Not blame
      </button>
      <span id={cueId} className="reframe-cue" data-testid="reframe-cue">
        Noticed {cues}
      </span>
    </div>
  )
}
