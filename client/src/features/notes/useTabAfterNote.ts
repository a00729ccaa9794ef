import { useEffect, type RefObject } from 'react'
import type { ItemId } from '@coboard/shared'
import { tabbableAfter, tabbables } from '../../ui/tabbables'

/**
 * The toolbar is drawn in screen space, after the whole board in the page, yet it belongs to its
 * note: Tab from the note goes into it, Shift+Tab from its first control back to the note, and
 * Tab from its last control on to what follows the note, as if it sat right after the note.
 */
export function useTabAfterNote(id: ItemId, toolbarRef: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    // Only a visit that came from the note goes back to the note's place on leaving: the page's
    // own Tab order also reaches the toolbar, after the board, and sending that visit back too
    // would trap the focus in a loop that never reaches the rest of the page.
    let fromNote = false
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
      const toolbar = toolbarRef.current
      const note = document.querySelector<HTMLElement>(`[data-note-id="${id}"]`)
      if (!toolbar || !note) return
      const controls = tabbables(toolbar)
      let to: HTMLElement | null | undefined
      if (!(event.target instanceof Node && toolbar.contains(event.target))) fromNote = false
      if (event.target === note && !event.shiftKey) {
        to = controls[0]
        fromNote = to !== undefined
      } else if (event.target === controls[0] && event.shiftKey && fromNote) to = note
      else if (event.target === controls.at(-1) && !event.shiftKey && fromNote) {
        to = tabbableAfter(note, toolbar)
        fromNote = false
      }
      if (!to) return
      event.preventDefault()
      to.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [id, toolbarRef])
}
