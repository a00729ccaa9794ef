import { useId } from 'react'
import { CONSENTS, DEFAULT_CONSENT, type Consent } from '@coboard/shared'
import { CONSENT_WORDS } from './consentWords'
import { ConsentIcon } from './ConsentIcon'
import './consent.css'

/** The consent levels as radio buttons with their meaning, for a card not written yet. */
export function ConsentRadios(props: {
  value: Consent
  onChange: (consent: Consent) => void
  legend: string
}) {
  const name = useId()
  return (
    <fieldset className="consent-radios" data-testid="consent-radios">
      <legend className="consent-legend">{props.legend}</legend>
      {CONSENTS.map((level) => (
        <label key={level} className="consent-radio">
          <input
            type="radio"
            name={name}
            value={level}
            checked={props.value === level}
            onChange={() => props.onChange(level)}
          />
          <ConsentIcon consent={level} />
          <span>
            <span className="consent-radio-label">
              {CONSENT_WORDS[level].label}
              {level === DEFAULT_CONSENT && <span className="consent-default"> (default)</span>}
            </span>
            <span className="consent-radio-hint">{CONSENT_WORDS[level].hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
