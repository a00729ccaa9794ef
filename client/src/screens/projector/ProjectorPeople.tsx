import { useMeta } from '../../adapters/useBoard'
import { usePeopleHere } from '../../adapters/usePeopleHere'
import { groupPeopleByRole } from '../../features/presence/groupPeople'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'

/** How many people from each side are here, so the room can see whose voices are present. */
export function ProjectorPeople() {
  const { roles } = useMeta()
  const people = usePeopleHere().filter((person) => person.role)
  const groups = groupPeopleByRole(people, roles)
  if (groups.length === 0) return null
  return (
    <section className="projector-people" aria-label="Here now" data-testid="projector-people">
      <p className="projector-people-title">Here now</p>
      <ul>
        {groups.map((group) => (
          <li key={group.role}>
            <span
              className="projector-people-swatch"
              aria-hidden="true"
              style={{ background: roleColor(group.role, roles) }}
            />
            <span className="projector-people-count">{group.people.length}</span>
            {roleLabel(group.role, roles)}
          </li>
        ))}
      </ul>
    </section>
  )
}
