import { useId, useRef } from 'react'
import { useCopied } from '../../ui/useCopied'
import { Icon } from '../../ui/Icon'

interface CopyFieldProps {
  readonly label: string
  readonly hint: string
  readonly value: string
  readonly testId: string
}

/** A read-only link with a copy button that says when it worked. */
export function CopyField({ label, hint, value, testId }: CopyFieldProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copied, showCopied] = useCopied()

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      showCopied()
    } catch {
      // No clipboard permission (or an insecure origin): select the text so Ctrl+C works.
      inputRef.current?.select()
    }
  }

  return (
    <div className="field copy-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="copy-field-row">
        <input
          ref={inputRef}
          id={id}
          className="input copy-field-input"
          value={value}
          readOnly
          aria-describedby={`${id}-hint`}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="btn" onClick={copy} aria-label={`Copy ${label}`}>
          <Icon name={copied ? 'check' : 'copy'} size={18} />
          <span aria-live="polite">{copied ? 'Copied' : 'Copy'}</span>
        </button>
      </div>
    </div>
  )
}
