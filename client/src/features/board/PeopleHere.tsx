import { useEffect, useId, useRef, useState } from 'react'
import { useBoardSession } from '../../sync/BoardProvider'
import { Icon } from '../../ui/Icon'
import { RoleTag } from '../roles/RoleTag'
import { usePeopleHere } from './usePeopleHere'
import './people.css'

/** How many people have the board open, with a list of who (by side) on demand. */
export function PeopleHere() {
  const { ui, readOnly } = useBoardSession()
  const people = usePeopleHere()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return
      if (event instanceof PointerEvent && rootRef.current?.contains(event.target as Node)) return
      setOpen(false)
    }
    window.addEventListener('pointerdown', close)
    window.addEventListener('keydown', close)
    return () => {
      window.removeEventListener('pointerdown', close)
      window.removeEventListener('keydown', close)
    }
  }, [open])

  const count = people.length
  return (
    <div className="people" ref={rootRef}>
      <button
        type="button"
        className="btn btn-quiet people-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${count} ${count === 1 ? 'person' : 'people'} here. Show who`}
        data-testid="people-here"
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="people" size={18} />
        <span>{count}</span>
        <span className="people-word">here</span>
      </button>
      {open && (
        <div className="people-panel" id={panelId}>
          <p className="people-title">Here now</p>
          {count === 0 && <p className="people-empty">Nobody else has joined yet.</p>}
          <ul>
            {people.map((person) => (
              <li key={person.participantId}>
                <span className="people-name">
                  {person.name || 'Someone'}
                  {person.isMe && <span className="people-you"> (you)</span>}
                </span>
                <RoleTag role={person.role} size="small" />
              </li>
            ))}
          </ul>
          {!readOnly && (
            <button
              type="button"
              className="btn people-change"
              onClick={() => {
                setOpen(false)
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
