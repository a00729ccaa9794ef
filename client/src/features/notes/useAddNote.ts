import { useCallback } from 'react'
import { NOTE_HEIGHT, NOTE_WIDTH } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { findFreeSpotInView } from '../../canvas/placement'
import { revealAmongCards } from '../../canvas/revealAmongCards'

/**
 * Adding a note, the same way from the button, the `N` key and a double-click: the new note is
 * selected and opened for typing at once, as people expect of a sticky note.
 */
export function useAddNote() {
  const { actions, ui, board } = useBoardSession()

  /** Adds a note in a free spot near the middle of the screen, clear of cards and bars. */
  const addNoteInView = useCallback(() => {
    const items = board.getState().board.items
    const size = { width: NOTE_WIDTH, height: NOTE_HEIGHT }
    const spot = findFreeSpotInView(ui, items.values(), size)
    // A full screen sends the note just outside it: bring it into view before typing.
    revealAmongCards(ui, items.values(), { ...spot, ...size })
    ui.getState().startEditing(actions.addNote(spot.x, spot.y))
  }, [actions, ui, board])

  /** Adds a note centred on a board point (where someone double-clicked). */
  const addNoteAt = useCallback(
    (x: number, y: number) => {
      const id = actions.addNote(Math.round(x - NOTE_WIDTH / 2), Math.round(y - NOTE_HEIGHT / 2))
      ui.getState().startEditing(id)
    },
    [actions, ui],
  )

  return { addNoteInView, addNoteAt }
}
