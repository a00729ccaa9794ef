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
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
      const toolbar = toolbarRef.current
      const note = document.querySelector<HTMLElement>(`[data-note-id="${id}"]`)
      if (!toolbar || !note) return
      const controls = tabbables(toolbar)
      let to: HTMLElement | null | undefined
      if (event.target === note && !event.shiftKey) to = controls[0]
      else if (event.target === controls[0] && event.shiftKey) to = note
      else if (event.target === controls.at(-1) && !event.shiftKey) {
        to = tabbableAfter(note, toolbar)
      }
      if (!to) return
      event.preventDefault()
      to.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [id, toolbarRef])
}
