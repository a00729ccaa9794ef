import type { CSSProperties } from 'react'
import { acceptingSides, actingSide, type Reframe, type RoleId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta, useParticipants } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { Glyph } from './Glyph'
import { acceptanceSummary } from './agreementWords'
import { usePresentRoles } from '../../adapters/usePresentRoles'
import { roleColor, roleLabel } from './roleColors'
import './acceptance.css'

/** Whether every side on the board has accepted: one side cannot accept on another's behalf. */
export function isAcceptedByAllSides(accepted: readonly RoleId[], present: readonly RoleId[]) {
  return present.length > 0 && present.every((role) => accepted.includes(role))
}

/**
 * One chip per side: a check once the side has accepted, an empty ring until then (a shape, not
 * only a colour). This person's own side is their "Accept for <side>" toggle, so the card needs
 * no extra row for it. Sits under the card's drag surface.
 *
 * "Accepted by all sides" is a ribbon on the card's top edge on the board, where it is seen first
 * and costs no room; in a list (the phone, the outline) there is no card edge to sit on, so it is
 * a line above the chips.
 */
export function AcceptanceRow({
  reframe,
  status = 'line',
}: {
  reframe: Reframe
  status?: 'ribbon' | 'line'
}) {
  const { coproduction, readOnly } = useBoardSession()
  const { roles } = useMeta()
  const present = usePresentRoles()
  const me = useUi((state) => state.me)
  const myRole = actingSide(me.role)
  const roster = useParticipants()
  const accepted = [...acceptingSides(reframe.acceptedBy, roster)]
  const order = roles.map((role) => role.id)
  // Sides present, then any side that accepted and has since left, in the board's order.
  const shown = [...present, ...accepted.filter((role) => !present.includes(role))].sort(
    (a, b) => rank(order, a) - rank(order, b),
  )
  // This person's own toggle goes last: the widest chip, it wraps to a line of its own.
  const others = readOnly ? shown : [...shown.filter((role) => role !== myRole), myRole]
  const all = isAcceptedByAllSides(accepted, present)
  const mine = reframe.acceptedBy.has(me.participantId)

  return (
    <div className="reframe-accept">
      <p
        className={all ? `reframe-accepted-${status}` : 'visually-hidden'}
        data-testid="reframe-status"
        data-all={all}
      >
        {all && <Glyph name="agreed" size={16} />}
        {acceptanceSummary(accepted.length, present.length, all)}
      </p>
      <ul className="reframe-sides" aria-label="Acceptance by side">
        {others.map((role) => {
          const has = accepted.includes(role)
          const style = { '--role': roleColor(role, roles) } as CSSProperties
          if (role === myRole && !readOnly) {
            return (
              <li key={role} style={style}>
                <button
                  type="button"
                  className={`reframe-side reframe-side-toggle${mine ? ' is-accepted' : has ? ' is-side-accepted' : ''}`}
                  aria-pressed={mine}
                  title={mine ? 'Accepted. Press again to withdraw.' : undefined}
                  onClick={() => coproduction.setReframeAccepted(reframe.id, !mine)}
                  data-testid="accept-reframe"
                  data-role={role}
                  data-accepted={has}
                >
                  <Glyph name={has ? 'agreed' : 'pending'} size={14} />
                  Accept for {roleLabel(role, roles)}
                  {has && !mine && (
                    <span className="visually-hidden">, already accepted by your side</span>
                  )}
                </button>
              </li>
            )
          }
          return (
            <li
              key={role}
              className={`reframe-side${has ? ' is-accepted' : ''}`}
              style={style}
              data-role={role}
              data-accepted={has}
            >
              <Glyph name={has ? 'agreed' : 'pending'} size={13} />
              {roleLabel(role, roles)}
              <span className="visually-hidden">{has ? ', accepted' : ', not yet'}</span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

const rank = (order: readonly RoleId[], role: RoleId) => {
  const index = order.indexOf(role)
  return index < 0 ? order.length : index
}
