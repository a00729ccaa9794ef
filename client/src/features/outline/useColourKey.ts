import { useEffect } from 'react'
import { NOTE_COLORS } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { announce } from '../../adapters/announce'
import { isTypingTarget } from '../../ui/domTargets'
import { NOTE_PALETTE } from '../../ui/noteColors'

/**
 * C gives the selected note the next colour (Shift+C the previous one), so colour is one key
 * away for keyboard users instead of a trip to the toolbar; the new colour is announced, since
 * nothing else says it to a screen reader.
 */
export function useColourKey() {
  const { ui, board, actions, readOnly } = useBoardSession()

  useEffect(() => {
    if (readOnly) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key.toLowerCase() !== 'c' || isTypingTarget(event.target)) return
      if (document.querySelector('dialog[open]')) return
      const { selectedId, editingId } = ui.getState()
      const note = selectedId ? board.getState().board.items.get(selectedId) : undefined
      if (!note || note.kind !== 'note' || editingId) return
      event.preventDefault()
      const step = event.shiftKey ? -1 : 1
      const index = NOTE_COLORS.indexOf(note.color)
      const next = NOTE_COLORS[(index + step + NOTE_COLORS.length) % NOTE_COLORS.length]
      actions.setNoteColor(note.id, next)
      announce(`Colour: ${NOTE_PALETTE[next].label}`)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [ui, board, actions, readOnly])
}
