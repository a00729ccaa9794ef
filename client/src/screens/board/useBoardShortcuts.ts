import { useEffect } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useAddNote } from '../../features/notes/useAddNote'
import { fitToContent, zoomStep, zoomTo } from '../../canvas/camera'
import { deleteCard } from '../../canvas/deleteCard'
import { isTypingTarget } from '../../ui/domTargets'

/**
 * Board-wide keys: N add a note, Shift+1 fit, Shift+0 100%, +/− zoom, Delete remove the
 * selected note, Escape clear the selection. Never while typing or while a dialog is open.
 */
export function useBoardShortcuts() {
  const { ui, board, actions, readOnly } = useBoardSession()
  const { addNoteInView } = useAddNote()

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      if (document.querySelector('dialog[open]')) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const state = ui.getState()
      const handled = () => event.preventDefault()

      if (event.shiftKey && event.code === 'Digit1') {
        fitToContent(ui, board.getState().board.items.values())
        return handled()
      }
      if (event.shiftKey && event.code === 'Digit0') {
        zoomTo(ui, 1)
        return handled()
      }
      if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
        zoomStep(ui, event.key === '+' || event.key === '=' ? 1 : -1)
        return handled()
      }
      if (event.key === 'Escape' && state.selectedId) return state.select(null)
      if (readOnly) return
      if ((event.key === 'n' || event.key === 'N') && !event.shiftKey) {
        handled()
        addNoteInView()
        return
      }
      if ((event.key === 'Delete' || event.key === 'Backspace') && state.selectedId) {
        if (state.editingId || state.draggingId) return
        handled()
        deleteCard({ actions, ui, board }, state.selectedId)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [ui, board, actions, readOnly, addNoteInView])
}
