import type { ItemId, VoteResults } from '@coboard/shared'
import { useMeta } from '../../adapters/useBoard'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'
import type { ResultLabel } from './VoteResults'

const SHOWN = 6

/** The cards with most dots overall, each with a bar showing how its dots split by side. */
export function ResultTotals(props: { results: VoteResults; label: (id: ItemId) => ResultLabel }) {
  const { roles } = useMeta()
  const items = props.results.items.slice(0, SHOWN)
  const most = items[0]?.total ?? 1
  return (
    <section className="results-totals" data-testid="results-totals">
      <h3>Most dots overall</h3>
      <ol>
        {items.map((tally, rank) => {
          const { text, kind } = props.label(tally.itemId)
          const split = roles.filter((role) => tally.byRole[role.id])
          return (
            <li key={tally.itemId} className="results-total">
              <span className="results-rank" aria-hidden="true">
                {rank + 1}
              </span>
              <div className="results-total-text">
                <p>
                  <span className="results-kind">{kind}</span> {text}
                </p>
                <div
                  className="results-bar"
                  style={{ width: `${Math.max(8, (tally.total / most) * 100)}%` }}
                  role="img"
                  aria-label={split
                    .map((r) => `${tally.byRole[r.id]} from ${roleLabel(r.id, roles)}`)
                    .join(', ')}
                >
                  {split.map((role) => (
                    <span
                      key={role.id}
                      style={{
                        flexGrow: tally.byRole[role.id],
                        background: roleColor(role.id, roles),
                      }}
                    >
                      {tally.byRole[role.id]}
                    </span>
                  ))}
                </div>
              </div>
              <span className="results-count">{tally.total}</span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
