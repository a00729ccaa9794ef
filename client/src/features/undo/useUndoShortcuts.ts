import { useEffect } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { BOARD_OBJECT_ATTR, SYNCED_TEXT_ATTR, isTypingTarget } from '../../ui/domTargets'

/**
 * Whether undo keys pressed on `target` belong to the browser's own undo: a plain form field
 * (the join dialog's name, the phone composer before it is sent). A note or card being edited,
 * and the outline's fields, are the board: there the shared undo runs instead, because the
 * browser's undo would replay stale text over other people's keystrokes.
 */
function isNativeUndoTarget(target: EventTarget | null): boolean {
  if (!isTypingTarget(target)) return false
  const element = target as HTMLElement
  return !element.closest(`[${BOARD_OBJECT_ATTR}], [${SYNCED_TEXT_ATTR}]`)
}

/**
 * Ctrl/⌘+Z undoes this device's last change; Shift+Ctrl/⌘+Z and Ctrl+Y redo it. Closing a note
 * ends the undo step, so reopening it to add a few words is a step of its own.
 */
export function useUndoShortcuts() {
  const { undo, ui, readOnly } = useBoardSession()

  useEffect(
    () =>
      ui.subscribe((state, previous) => {
        if (state.editingId !== previous.editingId) undo.endStep()
      }),
    [ui, undo],
  )

  useEffect(() => {
    if (readOnly) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return
      const key = event.key.toLowerCase()
      const isUndo = key === 'z' && !event.shiftKey
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)
      if (!isUndo && !isRedo) return
      if (isNativeUndoTarget(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      if (isUndo) undo.undo()
      else undo.redo()
    }
    // Capture phase: text fields on cards and in panels stop their keys from bubbling (so N or
    // Delete never reach the board), but Ctrl+Z in them must still reach the shared undo.
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [undo, readOnly])
}
