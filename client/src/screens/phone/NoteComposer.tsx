import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { MAX_TEXT_LENGTH, NOTE_COLORS, type NoteColor } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { placeNoteForStage } from '../../canvas/stagePlacement'

/**
 * The phone's main job: write a note and put it on the board. The note lands in the current
 * stage, beside that stage's other notes (stagePlacement.ts), in one step, so it appears on the
 * wall and on every laptop as a whole note, not an empty one being filled in.
 */
export function NoteComposer() {
  const { actions, board } = useBoardSession()
  const [text, setText] = useState('')
  const [color, setColor] = useState<NoteColor>('yellow')
  const [added, setAdded] = useState(0)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const id = useId()

  useEffect(() => {
    if (added === 0) return
    const timer = setTimeout(() => setAdded(0), 4000)
    return () => clearTimeout(timer)
  }, [added])

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    const words = text.trim()
    if (!words) return fieldRef.current?.focus()
    const { items, meta } = board.getState().board
    const spot = placeNoteForStage(items.values(), meta.currentStageId)
    actions.addWrittenNote({ ...spot, text: words, color })
    setText('')
    setAdded((count) => count + 1)
    fieldRef.current?.focus()
  }

  return (
    <form className="phone-card phone-composer" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="phone-section-title">
        Add a note
      </h2>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        Your note
      </label>
      <textarea
        id={`${id}-text`}
        ref={fieldRef}
        className="phone-composer-text"
        style={{ background: NOTE_PALETTE[color].fill }}
        value={text}
        maxLength={MAX_TEXT_LENGTH}
        rows={4}
        placeholder="Type your idea…"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
        }}
        data-testid="phone-note-text"
      />
      <fieldset className="phone-colours">
        <legend className="visually-hidden">Note colour</legend>
        {NOTE_COLORS.map((option) => (
          <label
            key={option}
            className="phone-colour"
            style={{ background: NOTE_PALETTE[option].fill }}
            data-checked={option === color}
          >
            <input
              type="radio"
              name={`${id}-colour`}
              value={option}
              checked={option === color}
              onChange={() => setColor(option)}
            />
            <span className="visually-hidden">{NOTE_PALETTE[option].label}</span>
            {option === color && <Icon name="check" size={20} />}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary phone-add" data-testid="phone-add-note">
        <Icon name="plus" size={20} />
        Add to the board
      </button>
      <p className="phone-added" role="status">
        {added > 0 ? 'Added. It is on the board for everyone now.' : ''}
      </p>
    </form>
  )
}
