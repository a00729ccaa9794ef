import { useEffect, useRef, useState, type FormEvent } from 'react'
import { actingSide, MAX_DETAIL_LENGTH, STANCES, type Outcome, type Stance } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { roleLabel } from './roleColors'
import { STANCE_LABELS } from './agreementWords'
import { Glyph } from './Glyph'
import './agreement.css'

const GLYPHS = { agree: 'agreed', concerns: 'concerns', object: 'objected' } as const

/** The stances that ask why, and how they ask. */
const REASONS = {
  concerns: {
    placeholder: 'What worries you?',
    label: 'Your concern, in a few words',
    testId: 'concern-note',
  },
  object: {
    placeholder: 'Why do you object?',
    label: 'Your objection, in a few words',
    testId: 'objection-note',
  },
} as const

type ReasonedStance = keyof typeof REASONS

/**
 * This person's stance on an outcome: Agree, Concerns or Object. Concerns and objections each
 * ask for a short reason, which the framework shows beside the stance: an objection nobody can
 * answer blocks the room. Pressing the stance already held withdraws it.
 */
export function StanceButtons({ outcome, size }: { outcome: Outcome; size: 'card' | 'table' }) {
  const { coproduction, readOnly } = useBoardSession()
  const me = useUi((state) => state.me)
  const { roles } = useMeta()
  const mine = outcome.agreement.get(me.participantId)
  const [asking, setAsking] = useState<ReasonedStance | null>(null)
  // The reason's form goes once saved or cancelled, with the focus in it: the focus goes back
  // to the stance button that asked for the reason.
  const returnTo = useRef<ReasonedStance | null>(null)
  const groupRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (asking || !returnTo.current) return
    groupRef.current?.querySelector<HTMLElement>(`.stance-${returnTo.current}`)?.focus()
    returnTo.current = null
  }, [asking])
  if (readOnly) return null

  const side = roleLabel(actingSide(me.role), roles)
  const choose = (stance: Stance) => {
    if (mine?.stance === stance) return coproduction.setStance(outcome.id, null)
    if (stance !== 'agree') return setAsking(stance)
    coproduction.setStance(outcome.id, stance)
  }

  if (asking) {
    return (
      <ReasonForm
        stance={asking}
        initial={mine?.stance === asking ? mine.note : ''}
        onSave={(note) => {
          coproduction.setStance(outcome.id, asking, note)
          returnTo.current = asking
          setAsking(null)
        }}
        onCancel={() => {
          returnTo.current = asking
          setAsking(null)
        }}
      />
    )
  }
  return (
    <div
      ref={groupRef}
      className={`stance stance-${size}`}
      role="group"
      aria-label={`Your stance, for the ${side} side`}
    >
      {STANCES.map((stance) => (
        <button
          key={stance}
          type="button"
          className={`stance-button stance-${stance}`}
          aria-pressed={mine?.stance === stance}
          onPointerDown={(event) => event.stopPropagation()}
          onClick={() => choose(stance)}
          data-testid={`stance-${stance}`}
        >
          <Glyph name={GLYPHS[stance]} size={14} />
          {STANCE_LABELS[stance]}
        </button>
      ))}
    </div>
  )
}

function ReasonForm(props: {
  stance: ReasonedStance
  initial: string
  onSave: (note: string) => void
  onCancel: () => void
}) {
  const words = REASONS[props.stance]
  const [note, setNote] = useState(props.initial)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    props.onSave(note.trim())
  }
  return (
    <form className="stance-concern" onSubmit={submit} onPointerDown={(e) => e.stopPropagation()}>
      <input
        className="stance-concern-input"
        value={note}
        maxLength={MAX_DETAIL_LENGTH}
        placeholder={words.placeholder}
        aria-label={words.label}
        // Focus moves here because the person just asked to write; nothing else takes it.
        autoFocus
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Escape') props.onCancel()
        }}
        data-testid={words.testId}
      />
      <button type="submit" className="stance-concern-save">
        Save
      </button>
      <button
        type="button"
        className="stance-concern-cancel"
        aria-label="Cancel"
        onClick={props.onCancel}
      >
        ✕
      </button>
    </form>
  )
}
