import { useShallow } from 'zustand/react/shallow'
import type { Outcome, Reframe } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { RoleAgreementList } from '../../ui/voices/RoleAgreementList'
import { StanceButtons } from '../../ui/voices/StanceButtons'
import { AcceptanceRow } from '../../ui/voices/AcceptanceRow'

/**
 * Reacting from a phone: accept a "they → we" reframe for my side, and say where I stand on each
 * outcome. The controls are the same components as on the cards, so a stance means the same
 * thing on every screen, styled by their own features; phone.css only makes them big enough
 * for a thumb.
 */
export function PhoneReactions() {
  const reframes = useBoardState(
    useShallow((state) =>
      [...state.board.items.values()].filter((item): item is Reframe => item.kind === 'reframe'),
    ),
  )
  const outcomes = useBoardState(
    useShallow((state) =>
      [...state.board.items.values()].filter((item): item is Outcome => item.kind === 'outcome'),
    ),
  )
  if (reframes.length === 0 && outcomes.length === 0) return null

  return (
    <>
      {reframes.length > 0 && (
        <section className="phone-card" aria-labelledby="phone-reframes-title">
          <h2 id="phone-reframes-title" className="phone-section-title">
            Reframes
          </h2>
          <ul className="phone-list">
            {reframes.map((reframe) => (
              <li key={reframe.id} className="phone-reaction" data-testid="phone-reframe">
                <p className="phone-they">
                  <span className="phone-kind">They said</span>
                  {reframe.they || '…'}
                </p>
                <p className="phone-we">
                  <span className="phone-kind">We could</span>
                  {reframe.we || '…'}
                </p>
                <AcceptanceRow reframe={reframe} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcomes.length > 0 && (
        <section className="phone-card" aria-labelledby="phone-outcomes-title">
          <h2 id="phone-outcomes-title" className="phone-section-title">
            Outcomes
          </h2>
          <ul className="phone-list">
            {outcomes.map((outcome) => (
              <li key={outcome.id} className="phone-reaction" data-testid="phone-outcome">
                <p className="phone-outcome">
                  {outcome.outcome || 'An outcome still being written'}
                </p>
                {outcome.measure && (
                  <p className="phone-measure">
                    <span className="phone-kind">How we will know</span>
                    {outcome.measure}
                  </p>
                )}
                <RoleAgreementList outcome={outcome} layout="card" />
                <StanceButtons outcome={outcome} size="card" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
