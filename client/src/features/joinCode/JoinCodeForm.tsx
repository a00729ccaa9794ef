import { useId, useState, type FormEvent } from 'react'
import { normaliseJoinCode } from '@coboard/shared'
import { keepCodesWhole } from './keepCodesWhole'
import './joinCode.css'

const HINT = '8 letters and digits, shown on the projector under the QR code.'

interface JoinCodeFormProps {
  /** The field's label; the hint below it says where the code is. */
  readonly label?: string
  readonly hint?: string
  /** What the field starts with (the code from the link, to correct it). */
  readonly initialText?: string
  readonly autoFocus?: boolean
  /** 'stacked' (the join page, on a phone) or 'inline': the button beside the field. */
  readonly layout?: 'stacked' | 'inline'
  /** Called with the canonical code once the text reads as one. */
  readonly onJoin: (code: string) => void
}

const NOT_A_CODE = 'A join code has 8 letters and digits, like K7QM-3XPA. Check it and try again.'

/**
 * The join code field and its button, sized for thumbs. Reads a code the way people type it
 * (any case, spaces, dashes, O for 0) and says so in words when the text cannot be a code,
 * before asking the server anything.
 */
export function JoinCodeForm({
  label = 'Join code',
  hint = HINT,
  initialText = '',
  autoFocus,
  layout = 'stacked',
  onJoin,
}: JoinCodeFormProps) {
  const id = useId()
  const [text, setText] = useState(initialText)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const code = normaliseJoinCode(text)
    if (code === null) {
      setProblem(NOT_A_CODE)
      return
    }
    setProblem(null)
    onJoin(code)
  }

  return (
    <form className={`join-code-form join-code-form-${layout}`} onSubmit={submit} noValidate>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {keepCodesWhole(hint)}
      </p>
      <input
        id={id}
        className="input join-code-input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        aria-invalid={problem !== null}
        autoFocus={autoFocus}
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        maxLength={32}
        data-testid="join-code-input"
      />
      {problem && (
        <p className="join-code-problem" id={`${id}-problem`} role="alert">
          {keepCodesWhole(problem)}
        </p>
      )}
      <button
        type="submit"
        className="btn btn-primary join-code-submit"
        data-testid="join-code-submit"
      >
        Join
      </button>
    </form>
  )
}
