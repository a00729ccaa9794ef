import { useLayoutEffect, useRef, type ChangeEvent } from 'react'
import { mapCaret, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../adapters/BoardProvider'

type TextElement = HTMLTextAreaElement | HTMLInputElement

/** Shows `next` in the field, keeping the caret on the same words, and records it as the base. */
function show(element: TextElement, next: string, base: { current: string }) {
  if (element.value !== next) {
    const focused = document.activeElement === element
    const start = mapCaret(element.value, next, element.selectionStart ?? 0)
    const end = mapCaret(element.value, next, element.selectionEnd ?? 0)
    element.value = next
    if (focused) element.setSelectionRange(start, end)
  }
  base.current = next
}

/**
 * Binds an uncontrolled input or textarea to one text field of an item, the way NoteEditor binds
 * a note: each keystroke is sent as a splice rebased onto the latest text (`editItemText`), and
 * a peer's edit arriving in `value` is shown with the caret carried along rather than reset.
 *
 * Uncontrolled on purpose: a controlled field would be re-set from the store on every remote
 * keystroke and lose the caret before it could be mapped.
 */
export function useSharedText<T extends TextElement>(id: ItemId, field: string, value: string) {
  const { actions } = useBoardSession()
  const ref = useRef<T>(null)
  // What the field last agreed with the document on; local edits are diffed against it.
  const base = useRef(value)

  // Own edits reach the store synchronously, so a differing `value` is someone else's edit.
  useLayoutEffect(() => {
    if (ref.current) show(ref.current, value, base)
  }, [value])

  const onChange = (event: ChangeEvent<T>) => {
    const element = event.target
    show(element, actions.editItemText(id, field, base.current, element.value), base)
  }

  return { ref, onChange, defaultValue: value }
}
