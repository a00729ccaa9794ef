import { useId } from 'react'
import { CONSENTS, hasConsent, type Consent, type ItemId } from '@coboard/shared'
import { useItem } from '../../adapters/useBoard'
import {
  useConsentActions,
  useConsentChoices,
  useEffectiveConsent,
} from '../../adapters/useConsent'
import { CONSENT_WORDS } from './consentWords'
import { ConsentIcon } from './ConsentIcon'
import './consent.css'

/**
 * How a note or reframe may leave the room, for whoever may choose: its author sees every level,
 * someone wearing the hat sees the looser ones disabled, anyone else sees nothing. A native
 * select, so it works by keyboard and screen reader as every select does; the current choice is
 * its value. `noun` names the card in the label ("note", "card").
 */
export function ConsentSelect({ id, noun }: { id: ItemId; noun: string }) {
  const item = useItem(id)
  const choices = useConsentChoices(id)
  const effective = useEffectiveConsent(id)
  const { setConsent } = useConsentActions()
  const hintId = useId()
  if (!item || !hasConsent(item) || choices.length === 0) return null
  const held = effective !== null && effective !== item.consent ? effective : null
  return (
    <span className="consent-select-wrap">
      <label className="consent-select" title={CONSENT_WORDS[item.consent].hint}>
        <ConsentIcon consent={item.consent} />
        <span className="visually-hidden">{`How this ${noun} may leave the room`}</span>
        <select
          value={item.consent}
          onChange={(event) => setConsent(id, event.target.value as Consent)}
          aria-describedby={hintId}
          data-testid="consent-select"
        >
          {CONSENTS.map((level) => (
            <option key={level} value={level} disabled={!choices.includes(level)}>
              {CONSENT_WORDS[level].label}
            </option>
          ))}
        </select>
      </label>
      <span id={hintId} className={held ? 'consent-held' : 'visually-hidden'}>
        {held
          ? `Held to “${CONSENT_WORDS[held].label}”, like the note it quotes.`
          : CONSENT_WORDS[item.consent].hint}
      </span>
    </span>
  )
}
