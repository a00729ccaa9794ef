import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { MAX_TEXT_LENGTH, type ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'

/** Where the "we" rewrite starts: the opening the board's own suggestions use. */
const OPENING = 'We could '

interface ReframeComposerProps {
  readonly noteId: ItemId
  /** The note's words, quoted as what was said. */
  readonly they: string
  readonly onBack: () => void
  readonly onAdded: () => void
}

/**
 * Writes a "we" rewrite of one of my notes and puts the reframe card on the board beside it,
 * for every side to accept. The phone does not load the "they" detector (its NLP model is too
 * heavy for a phone's first visit), so it neither flags nor suggests: the person writes the
 * rewrite, which is what the group edits into shape on a laptop's card anyway.
 */
export function ReframeComposer({ noteId, they, onBack, onAdded }: ReframeComposerProps) {
  const { coproduction } = useBoardSession()
  const [we, setWe] = useState(OPENING)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const id = useId()

  useEffect(() => {
    const field = fieldRef.current
    if (!field) return
    field.focus({ preventScroll: true })
    field.setSelectionRange(field.value.length, field.value.length)
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const words = we.trim()
    if (!words || words === OPENING.trim()) return fieldRef.current?.focus()
    if (coproduction.reframeNote(noteId, () => words)) onAdded()
  }

  return (
    <form className="own-sheet-reframe" onSubmit={submit}>
      <p className="own-sheet-hint">
        Say what we could do about it together, so every side can accept it.
      </p>
      <blockquote className="own-sheet-they">
        <span className="phone-kind">They said</span>
        {they || '…'}
      </blockquote>
      <label className="phone-kind" htmlFor={`${id}-we`}>
        Your “we” version
      </label>
      <textarea
        id={`${id}-we`}
        ref={fieldRef}
        className="own-sheet-text own-sheet-we"
        value={we}
        maxLength={MAX_TEXT_LENGTH}
        rows={3}
        onChange={(event) => setWe(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event)
        }}
        data-testid="phone-we-text"
      />
      <div className="own-sheet-buttons">
        <button type="button" className="btn own-sheet-back" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="btn btn-primary own-sheet-add" data-testid="add-reframe">
          Add reframe
        </button>
      </div>
    </form>
  )
}
