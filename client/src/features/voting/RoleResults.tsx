import type { ItemId, VoteResults } from '@coboard/shared'
import { useBoardState, useMeta } from '../../adapters/useBoard'
import { RoleTag } from '../../ui/voices/RoleTag'
import { roleColor } from '../../ui/voices/roleColors'
import type { ResultLabel } from './VoteResults'

/**
 * Each side's own top three, side by side, so the room sees what lived experience picked next
 * to what providers and commissioners picked. A side on the board that placed no dots is shown
 * too: silence is part of the result.
 */
export function RoleResults(props: { results: VoteResults; label: (id: ItemId) => ResultLabel }) {
  const { roles } = useMeta()
  const present = useBoardState((state) => {
    const ids = new Set<string>()
    for (const participant of state.board.participants.values()) ids.add(participant.role)
    return [...ids].sort().join('|')
  })
  const tallies = new Map(props.results.roles.map((role) => [role.role, role]))
  const order = roles
    .map((role) => role.id)
    .filter((id) => tallies.has(id) || present.split('|').includes(id))
  for (const id of tallies.keys()) if (!order.includes(id)) order.push(id)
  const dotsFor = (itemId: ItemId, role: string) =>
    props.results.items.find((tally) => tally.itemId === itemId)?.byRole[role] ?? 0

  return (
    <section className="results-roles" data-testid="results-by-role">
      <h3>Each side’s top three</h3>
      <div className="results-role-grid">
        {order.map((roleId) => {
          const tally = tallies.get(roleId)
          return (
            <article
              key={roleId}
              className="results-role"
              style={{ borderTopColor: roleColor(roleId, roles) }}
              data-role={roleId}
            >
              <header>
                <RoleTag role={roleId} />
                <span className="results-role-meta">
                  {tally
                    ? `${tally.voters} ${tally.voters === 1 ? 'person' : 'people'} · ${tally.dots} dots`
                    : 'No dots from this side'}
                </span>
              </header>
              {tally && (
                <ol>
                  {tally.top.map((itemId) => (
                    <li key={itemId}>
                      <span className="results-role-text">{props.label(itemId).text}</span>
                      <span className="results-role-dots">{dotsFor(itemId, roleId)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </article>
          )
        })}
      </div>
    </section>
  )
}
