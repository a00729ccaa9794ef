import { useShallow } from 'zustand/react/shallow'
import type { Reframe } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { AcceptanceRow } from '../../ui/voices/AcceptanceRow'

/**
 * The board's "they → we" reframes, each with the same acceptance chips as the card: my side's
 * is my "Accept for <side>" toggle, so a reframe means the same on every screen.
 */
export function PhoneReframes() {
  const reframes = useBoardState(
    useShallow((state) =>
      [...state.board.items.values()].filter((item): item is Reframe => item.kind === 'reframe'),
    ),
  )
  if (reframes.length === 0) return null

  return (
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
              <span className="phone-kind">Reframed as “we”</span>
              {reframe.we || '…'}
            </p>
            <AcceptanceRow reframe={reframe} />
          </li>
        ))}
      </ul>
    </section>
  )
}
