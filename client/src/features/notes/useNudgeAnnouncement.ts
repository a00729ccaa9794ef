import { useEffect } from 'react'
import type { ItemId } from '@coboard/shared'
import { announce } from '../../adapters/announce'

/** How long the words must rest before the nudge is said: a pause in typing, not a keystroke. */
const SETTLE_MS = 1500

// Notes whose nudge has been said while it still shows, so a note redrawn after scrolling back
// into view, or typed on, is not said again; a note leaves it when its nudge goes.
const said = new Set<ItemId>()

/**
 * Says once, politely, that "Reframe as we" has appeared on this person's own note, when `shown`
 * has held and `text` has not changed for a moment: the chip appears beside the note, where a
 * screen reader user writing inside it would not find it.
 */
export function useNudgeAnnouncement(noteId: ItemId, shown: boolean, text: string): void {
  useEffect(() => {
    if (!shown) return void said.delete(noteId)
    if (said.has(noteId)) return
    const timer = setTimeout(() => {
      said.add(noteId)
      announce(
        'Your note may read as blaming “they”: “Reframe as we” is offered beside it, and “Not blame” hides it.',
      )
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [noteId, shown, text])
}
