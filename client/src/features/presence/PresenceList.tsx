import { type ReactNode } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { usePeopleHere, type PersonHere } from '../../adapters/usePeopleHere'
import { usePopover } from '../../ui/usePopover'
import { roleColor, roleLabel } from '../../ui/voices/roleColors'
import { Avatar } from './Avatar'
import { groupPeopleByRole } from './groupPeople'
import './presence.css'

const STACK_SIZE = 4

/**
 * Who is here now: a stack of avatars in the top bar and, on demand, everyone grouped by side,
 * so the room can see at a glance whose voices are present (and whose are missing).
 * `actionsFor` adds what this screen offers beside each other person (Follow, on the board).
 */
export function PresenceList({ actionsFor }: { actionsFor?: (person: PersonHere) => ReactNode }) {
  const { ui, readOnly } = useBoardSession()
  const { roles } = useMeta()
  // Someone who has opened the board but not picked a side yet is counted, not listed.
  const everyone = usePeopleHere()
  const people = everyone.filter((person) => person.role)
  const joining = everyone.length - people.length
  const { open, close, rootRef, panelId, triggerProps } = usePopover()

  const groups = groupPeopleByRole(people, roles)
  const count = people.length
  const summary = groups
    .map((group) => `${group.people.length} ${roleLabel(group.role, roles)}`)
    .join(', ')
  const stack = groups.flatMap((group) => group.people).slice(0, STACK_SIZE)

  return (
    <div className="presence" ref={rootRef}>
      <button
        type="button"
        className="btn btn-quiet presence-button"
        {...triggerProps}
        data-testid="people-here"
      >
        <span className="presence-stack" aria-hidden="true">
          {stack.length === 0 && <Icon name="people" size={18} />}
          {stack.map((person) => (
            <Avatar key={person.participantId} name={person.name} role={person.role} size={28} />
          ))}
        </span>
        <span className="presence-count">{count}</span>
        {/* The name starts with what is visible (the count), for speech control users. */}
        <span className="visually-hidden">
          {` ${count === 1 ? 'person' : 'people'} here${summary ? `: ${summary}` : ''}. Show who`}
        </span>
      </button>
      {open && (
        <div className="presence-panel" id={panelId} data-testid="people-panel">
          <p className="presence-title">Here now</p>
          {count === 0 && <p className="presence-empty">Nobody has joined yet.</p>}
          {joining > 0 && (
            <p className="presence-empty">
              {joining === 1 ? '1 more person is' : `${joining} more people are`} choosing a side.
            </p>
          )}
          {groups.map((group) => (
            <section
              key={group.role}
              className="presence-group"
              aria-label={roleLabel(group.role, roles)}
            >
              <h2 className="presence-role">
                <span
                  className="presence-swatch"
                  aria-hidden="true"
                  style={{ background: roleColor(group.role, roles) }}
                />
                {roleLabel(group.role, roles)}
                <span className="presence-role-count">{group.people.length}</span>
              </h2>
              <ul>
                {group.people.map((person) => (
                  <li key={person.participantId} data-testid="person-here">
                    <Avatar name={person.name} role={person.role} size={26} />
                    <span className="presence-name" title={person.name || undefined}>
                      {person.name || 'Someone without a name'}
                    </span>
                    {person.isMe && <span className="presence-you">(you)</span>}
                    {!person.isMe && !readOnly && actionsFor?.(person)}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {!readOnly && (
            <button
              type="button"
              className="btn presence-change"
              onClick={() => {
                close()
                ui.getState().setIdentityOpen(true)
              }}
            >
              Change my name or side
            </button>
          )}
        </div>
      )}
    </div>
  )
}
