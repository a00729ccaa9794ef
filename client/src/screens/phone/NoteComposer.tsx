import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import {
  DEFAULT_CONSENT,
  MAX_TEXT_LENGTH,
  NOTE_COLORS,
  type Consent,
  type NoteColor,
} from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { NOTE_PALETTE } from '../../ui/noteColors'
import { ConsentRadios } from '../../ui/consent/ConsentRadios'
import { CONSENT_WORDS } from '../../ui/consent/consentWords'
import { placeNoteForStage } from '../../canvas/stagePlacement'
import { addedWords } from './addedWords'

/**
 * The phone's main job: write a note and put it on the board. The note lands in the current
 * stage, beside that stage's other notes (stagePlacement.ts), in one step, so it appears on the
 * wall and on every laptop as a whole note, not an empty one being filled in. How it may leave
 * the room is chosen before it is added, and kept for the next note.
 */
export function NoteComposer() {
  const { actions, board } = useBoardSession()
  const [text, setText] = useState('')
  const [color, setColor] = useState<NoteColor>('yellow')
  const [consent, setConsent] = useState<Consent>(DEFAULT_CONSENT)
  const [added, setAdded] = useState<string | null>(null)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const id = useId()

  useEffect(() => {
    if (added === null) return
    const timer = setTimeout(() => setAdded(null), 4000)
    return () => clearTimeout(timer)
  }, [added])

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    const words = text.trim()
    if (!words) return fieldRef.current?.focus()
    const snapshot = board.getState().board
    const spot = placeNoteForStage(snapshot.items.values(), snapshot.meta.currentStageId)
    actions.addWrittenNote({ ...spot, text: words, color, consent })
    setText('')
    setAdded(addedWords(snapshot, consent))
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
      <details className="phone-consent">
        <summary data-testid="phone-consent-summary">
          After the workshop: <strong>{CONSENT_WORDS[consent].label}</strong>
        </summary>
        <ConsentRadios
          value={consent}
          onChange={setConsent}
          legend="How may this note leave the room?"
        />
      </details>
      <button type="submit" className="btn btn-primary phone-add" data-testid="phone-add-note">
        <Icon name="plus" size={20} />
        Add to the board
      </button>
      <p className="phone-added" role="status" data-testid="phone-added">
        {added ?? ''}
      </p>
    </form>
  )
}
