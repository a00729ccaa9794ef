import { useEffect, useRef, useState } from 'react'
import { actingSide } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useParticipants } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { Icon } from '../../ui/Icon'
import { usePeopleHere } from '../../adapters/usePeopleHere'
import { RoleTag } from '../../ui/voices/RoleTag'
import { FacilitationLog } from './FacilitationLog'
import { useFacilitators } from '../../adapters/useFacilitators'

/**
 * Who wears the hat, and what you can do about it: take it, take it off, or hand it to someone
 * here in one click. Several people may wear it at once. The log is one click further.
 */
export function HatPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { facilitation, readOnly } = useBoardSession()
  const facilitators = useFacilitators()
  const participants = useParticipants()
  const people = usePeopleHere()
  const me = useUi((state) => state.me)
  const [showLog, setShowLog] = useState(false)
  const logLinkRef = useRef<HTMLButtonElement>(null)
  const cameBack = useRef(false)
  // Back from the log, the focus returns to the link that opened it, not to the page body.
  useEffect(() => {
    if (!showLog && cameBack.current) logLinkRef.current?.focus()
  }, [showLog])
  const wearing = facilitators.has(me.participantId)
  const passTo = people.filter((p) => !p.isMe && p.role && !facilitators.has(p.participantId))

  if (showLog) {
    const back = () => {
      cameBack.current = true
      setShowLog(false)
    }
    return <FacilitationLog id={id} onBack={back} />
  }

  return (
    <div className="hat-panel" id={id} role="region" aria-label="Facilitator hat">
      <p className="hat-eyebrow">The facilitator hat</p>
      <p className="hat-intro">
        Anyone can wear it, share it or pass it on. Whoever wears it moves the stages, runs the
        timer and the votes.
      </p>
      <ul className="hat-list" data-testid="hat-wearers">
        {facilitators.size === 0 && <li className="hat-nobody">Nobody is facilitating yet.</li>}
        {[...facilitators].map((pid) => {
          const person = participants.get(pid)
          return (
            <li key={pid}>
              <Icon name="hat" size={16} />
              <span className="hat-name" title={person?.name || undefined}>
                {person?.name || 'Someone'}
              </span>
              {pid === me.participantId && <span className="hat-you">(you)</span>}
              <RoleTag role={actingSide(person?.role)} size="small" />
            </li>
          )
        })}
      </ul>
      {!readOnly &&
        (wearing ? (
          <button type="button" className="btn hat-action" onClick={facilitation.leaveHat}>
            Take it off
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary hat-action"
            onClick={() => {
              facilitation.takeHat()
              onClose()
            }}
            disabled={!me.role}
            data-testid="take-hat"
          >
            <Icon name="hat" size={18} />
            {facilitators.size ? 'Co-facilitate: take a hat too' : 'Take the facilitator hat'}
          </button>
        ))}
      {wearing && passTo.length > 0 && (
        <div className="hat-pass">
          <p className="hat-eyebrow">Pass the hat to</p>
          <ul>
            {passTo.map((person) => (
              <li key={person.participantId}>
                <button
                  type="button"
                  className="hat-pass-button"
                  onClick={() => {
                    facilitation.passHat(person.participantId)
                    onClose()
                  }}
                  aria-label={`Pass the hat to ${person.name || 'this person'}`}
                >
                  <span className="hat-name">{person.name || 'Someone'}</span>
                  <RoleTag role={person.role} size="small" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className="btn btn-quiet hat-log-link"
        ref={logLinkRef}
        onClick={() => setShowLog(true)}
      >
        <Icon name="list" size={16} />
        Facilitation log
      </button>
    </div>
  )
}
