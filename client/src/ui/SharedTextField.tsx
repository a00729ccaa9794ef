import { useEffect, type KeyboardEvent } from 'react'
import { MAX_TEXT_LENGTH, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../adapters/BoardProvider'
import { useSharedText } from './useSharedText'

interface SharedTextFieldProps {
  readonly itemId: ItemId
  /** The item's text field this edits, e.g. 'we' or 'measure'. */
  readonly field: string
  /** The field's text in the board store. */
  readonly value: string
  /** The accessible name, e.g. "We could" or "Baseline for outcome 2". */
  readonly label: string
  readonly multiline?: boolean
  readonly maxLength?: number
  readonly placeholder?: string
  readonly className?: string
  /** Focus with the caret at the end when mounted (a card opened for editing). */
  readonly autoFocus?: boolean
  /** Called on Escape or Ctrl/⌘+Enter, so the caller can end editing and restore focus. */
  readonly onDone?: () => void
  readonly testId?: string
}

/**
 * A text field that several people can type into at once: a reframe's halves, an outcome's
 * fields on the card and in the framework table. Keys typed here never reach board shortcuts.
 */
export function SharedTextField(props: SharedTextFieldProps) {
  const { presence } = useBoardSession()
  const { ref, onChange, defaultValue } = useSharedText<HTMLTextAreaElement & HTMLInputElement>(
    props.itemId,
    props.field,
    props.value,
  )
  const { autoFocus } = props

  useEffect(() => {
    const element = ref.current
    if (!autoFocus || !element) return
    element.focus({ preventScroll: true })
    element.setSelectionRange(element.value.length, element.value.length)
  }, [autoFocus, ref])

  const onKeyDown = (event: KeyboardEvent) => {
    // Text keys: keep them from board shortcuts (N, Delete) and from a card's drag keys.
    event.stopPropagation()
    const finish =
      event.key === 'Escape' ||
      (event.key === 'Enter' && (event.metaKey || event.ctrlKey || !props.multiline))
    if (finish && props.onDone) {
      event.preventDefault()
      props.onDone()
    }
  }

  const common = {
    ref,
    defaultValue,
    onChange,
    onKeyDown,
    className: props.className,
    maxLength: props.maxLength ?? MAX_TEXT_LENGTH,
    placeholder: props.placeholder,
    'aria-label': props.label,
    'data-testid': props.testId,
    'data-field': props.field,
    // Pressing in a field places the caret; it must not start dragging the card around it.
    onPointerDown: (event: { stopPropagation(): void }) => event.stopPropagation(),
    onDoubleClick: (event: { stopPropagation(): void }) => event.stopPropagation(),
    onFocus: () => presence.setEditing(props.itemId),
    onBlur: () => presence.setEditing(null),
    spellCheck: true,
  }
  return props.multiline ? <textarea rows={1} {...common} /> : <input type="text" {...common} />
}
