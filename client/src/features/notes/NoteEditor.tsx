import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import { MAX_TEXT_LENGTH, mapCaret, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'

interface NoteEditorProps {
  readonly id: ItemId
  /** The note's text in the board store, which already includes this device's own keystrokes. */
  readonly text: string
  /** Called when editing ends by keyboard, so focus can go back to the note. */
  readonly onDone: () => void
}

/**
 * The textarea that edits a note in place. Each keystroke becomes the smallest text splice, so
 * two people typing in one note merge; when someone else's edit changes the text, the caret is
 * carried along (mapCaret) instead of jumping to the end.
 *
 * The textarea is uncontrolled: a controlled one would be re-set from the store on every remote
 * keystroke and lose the caret before we could map it.
 */
export function NoteEditor({ id, text, onDone }: NoteEditorProps) {
  const { actions, presence, ui } = useBoardSession()
  const ref = useRef<HTMLTextAreaElement>(null)
  // The text the textarea last agreed with the document on; local edits are diffed against it.
  const base = useRef(text)

  const showText = (element: HTMLTextAreaElement, next: string) => {
    if (element.value !== next) {
      const start = mapCaret(element.value, next, element.selectionStart)
      const end = mapCaret(element.value, next, element.selectionEnd)
      element.value = next
      if (document.activeElement === element) element.setSelectionRange(start, end)
    }
    base.current = next
  }

  // Own edits reach the store synchronously, so a store text that differs from the textarea's
  // is someone else's edit, arriving up to a frame late.
  useLayoutEffect(() => {
    if (ref.current) showText(ref.current, text)
  }, [text])

  useEffect(() => {
    const element = ref.current
    element?.focus({ preventScroll: true })
    element?.setSelectionRange(element.value.length, element.value.length)
    presence.setEditing(id)
    return () => presence.setEditing(null)
  }, [id, presence])

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here are text: keep them from board shortcuts and from the note's drag keys.
    event.stopPropagation()
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.metaKey || event.ctrlKey))) {
      event.preventDefault()
      ui.getState().stopEditing()
      onDone()
    }
  }

  return (
    <textarea
      ref={ref}
      className="note-editor"
      defaultValue={text}
      maxLength={MAX_TEXT_LENGTH}
      aria-label="Note text"
      placeholder="Type your idea…"
      data-testid="note-editor"
      onChange={(event) => {
        const element = event.target
        showText(element, actions.editNoteText(id, base.current, element.value))
      }}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onBlur={() => {
        if (ui.getState().editingId === id) ui.getState().stopEditing()
      }}
    />
  )
}
