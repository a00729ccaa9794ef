import { useShallow } from 'zustand/react/shallow'
import { isAgreedByAll, listOutcomes, rolesPresent, type Outcome } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { AgreedBadge } from '../../features/outcomes/AgreedBadge'
import { RoleAgreementList } from '../../ui/voices/RoleAgreementList'
import { StanceButtons } from '../../ui/voices/StanceButtons'
import { StanceReasons } from '../../ui/voices/StanceReasons'
import { AGREED_BY_ALL_RULE } from '../../ui/voices/agreementWords'

/** The framework's columns a phone shows under each outcome, when they have been filled in. */
const FACTS = [
  { field: 'measure', label: 'How we’ll know' },
  { field: 'target', label: 'Target' },
  { field: 'timeframe', label: 'By when' },
] as const

/**
 * The evaluation framework on a phone: each outcome with how we will know and its target, where
 * each side stands and why, and my Agree, Concerns or Object. The stance controls and the
 * reasons are the framework's own components, so a concern means the same on every screen;
 * phone.css only makes them big enough for a thumb.
 */
export function PhoneOutcomes() {
  const outcomes = useBoardState(useShallow((state) => listOutcomes(state.board)))
  const agreed = useBoardState((state) => {
    const roles = rolesPresent(state.board)
    return outcomes.filter((o) => isAgreedByAll(o, roles, state.board.participants)).length
  })
  if (outcomes.length === 0) return null

  return (
    <section className="phone-card" aria-labelledby="phone-outcomes-title">
      <div className="phone-section-head">
        <h2 id="phone-outcomes-title" className="phone-section-title">
          Evaluation framework
        </h2>
        <p className="phone-framework-count" title={AGREED_BY_ALL_RULE}>
          <strong>
            {agreed} of {outcomes.length}
          </strong>{' '}
          agreed by all
        </p>
      </div>
      <ul className="phone-list">
        {outcomes.map((outcome, index) => (
          <PhoneOutcome key={outcome.id} outcome={outcome} number={index + 1} />
        ))}
      </ul>
    </section>
  )
}

function PhoneOutcome({ outcome, number }: { outcome: Outcome; number: number }) {
  const facts = FACTS.filter(({ field }) => outcome[field].trim() !== '')
  return (
    <li className="phone-reaction phone-outcome-item" data-testid="phone-outcome">
      <div className="phone-outcome-top">
        <span className="phone-kind">Outcome {number}</span>
        <AgreedBadge outcome={outcome} />
      </div>
      <p className="phone-outcome">
        <span className="visually-hidden">What should change: </span>
        {outcome.outcome || 'An outcome still being written'}
      </p>
      {facts.length > 0 && (
        <dl className="phone-facts">
          {facts.map(({ field, label }) => (
            <div key={field} className="phone-fact">
              <dt className="phone-kind">{label}</dt>
              <dd>{outcome[field]}</dd>
            </div>
          ))}
        </dl>
      )}
      <RoleAgreementList outcome={outcome} layout="card" />
      <StanceReasons outcome={outcome} layout="table" />
      <StanceButtons outcome={outcome} size="card" />
    </li>
  )
}
