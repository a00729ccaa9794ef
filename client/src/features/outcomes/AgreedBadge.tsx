import { agreementByRole, isAgreedByAll, type Outcome } from '@coboard/shared'
import { AGREED_BY_ALL_RULE, agreementSummary } from '../../ui/voices/agreementWords'
import { Glyph } from '../../ui/voices/Glyph'
import { useParticipants } from '../../adapters/useBoard'
import { usePresentRoles } from '../../adapters/usePresentRoles'
import '../../ui/voices/agreement.css'

/** "Agreed by all" in words and a mark, or how many of the sides present agree so far. */
export function AgreedBadge({ outcome }: { outcome: Outcome }) {
  const present = usePresentRoles()
  const roster = useParticipants()
  if (isAgreedByAll(outcome, present, roster)) {
    return (
      <span
        className="agreed-badge is-agreed"
        title={AGREED_BY_ALL_RULE}
        data-testid="agreed-by-all"
      >
        <Glyph name="agreed" size={14} />
        Agreed by all
      </span>
    )
  }
  const objecting = agreementByRole(outcome, present, roster).some(
    (side) => side.status === 'objected',
  )
  return (
    <span className={`agreed-badge${objecting ? ' is-objected' : ''}`} title={AGREED_BY_ALL_RULE}>
      {objecting && <Glyph name="objected" size={14} />}
      {agreementSummary(outcome, present, roster)}
    </span>
  )
}
