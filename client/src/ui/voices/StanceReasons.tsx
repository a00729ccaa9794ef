import { stanceReasons, type Outcome } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta, useParticipants } from '../../adapters/useBoard'
import { roleColor, roleLabel } from './roleColors'
import { Glyph } from './Glyph'
import './stanceReasons.css'

/** How many reasons a card shows in full before it says how many more there are. */
const ON_CARD = 1

/**
 * What the people with concerns or objections said, by side, objections first: the reasons
 * matter as much as the stance, and an objection nobody can read cannot be answered. The card
 * shows the first in full and counts the rest (every reason stays in the text, so a screen
 * reader hears them all); the framework table lists them all. The wall has no framework to
 * point to, so there the count stands alone.
 */
export function StanceReasons({ outcome, layout }: { outcome: Outcome; layout: 'card' | 'table' }) {
  const { readOnly } = useBoardSession()
  const { roles } = useMeta()
  const roster = useParticipants()
  const reasons = stanceReasons(outcome, roster)
  if (reasons.length === 0) return null
  const hidden = layout === 'card' ? reasons.length - ON_CARD : 0
  return (
    <div className={`stance-reasons stance-reasons-${layout}`} data-testid="stance-reasons">
      <ul aria-label="Reasons given">
        {reasons.map((reason, index) => (
          <li
            key={reason.participantId}
            className={`stance-reason stance-reason-${reason.stance}${
              index >= ON_CARD && layout === 'card' ? ' visually-hidden' : ''
            }`}
            data-stance={reason.stance}
            data-role={reason.role}
            title={layout === 'card' ? reason.note : undefined}
          >
            <span className="stance-reason-mark">
              <Glyph name={reason.stance === 'object' ? 'objected' : 'concerns'} size={13} />
            </span>
            <span className="stance-reason-words">
              <span className="visually-hidden">
                {reason.stance === 'object' ? 'Objection from ' : 'Concern from '}
              </span>
              <strong
                className="stance-reason-side"
                style={{ borderColor: roleColor(reason.role, roles) }}
              >
                {roleLabel(reason.role, roles)}:
              </strong>{' '}
              {reason.note}
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="stance-reasons-more" aria-hidden="true">
          +{hidden} more {hidden === 1 ? 'reason' : 'reasons'}
          {readOnly ? '' : ' in the framework'}
        </p>
      )}
    </div>
  )
}
