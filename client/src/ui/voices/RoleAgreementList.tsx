import { agreementByRole, type Outcome } from '@coboard/shared'
import { useMeta, useParticipants } from '../../adapters/useBoard'
import { roleColor, roleLabel } from './roleColors'
import { STATUS_LOOK } from './agreementWords'
import { Glyph } from './Glyph'
import { usePresentRoles } from '../../adapters/usePresentRoles'
import './agreement.css'

/**
 * Where each side present stands on an outcome: agreed, concerns, objected or waiting, as a mark
 * and a word beside the side's name. A side is counted as a side, however many people it has.
 */
export function RoleAgreementList({
  outcome,
  layout,
}: {
  outcome: Outcome
  layout: 'card' | 'table'
}) {
  const { roles } = useMeta()
  const present = usePresentRoles()
  const roster = useParticipants()
  const byRole = agreementByRole(outcome, present, roster)
  if (byRole.length === 0) return <p className="agreement-none">Nobody has joined yet.</p>
  return (
    <ul
      className={`agreement-list agreement-list-${layout}${byRole.length > 4 ? ' is-dense' : ''}`}
      aria-label="Agreement by side"
    >
      {byRole.map(({ role, status }) => {
        const look = STATUS_LOOK[status]
        return (
          <li
            key={role}
            className={`agreement agreement-${status}`}
            data-role={role}
            data-status={status}
          >
            <span className="agreement-mark">
              <Glyph name={look.glyph} size={layout === 'card' ? 14 : 16} />
            </span>
            <span className="agreement-role" style={{ borderColor: roleColor(role, roles) }}>
              {roleLabel(role, roles)}
            </span>
            <span className="agreement-word">{look.word}</span>
          </li>
        )
      })}
    </ul>
  )
}
