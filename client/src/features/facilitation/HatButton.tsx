import { actingSide } from '@coboard/shared'
import { useMeta, useParticipants } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'
import { Icon } from '../../ui/Icon'
import { roleColor } from '../../ui/voices/roleColors'
import { HatPanel } from './HatPanel'
import { usePopover } from '../../ui/usePopover'
import { useFacilitators } from '../../adapters/useFacilitators'
import './hat.css'

/**
 * The facilitator hat in the top bar: who wears it (names, each on their side's colour), and the
 * way to take it, pass it or read the log. The hat has no owner; this button is the same for all.
 */
export function HatButton() {
  const facilitators = useFacilitators()
  const participants = useParticipants()
  const { roles } = useMeta()
  const me = useUi((state) => state.me.participantId)
  const { open, close, rootRef, panelId, triggerProps } = usePopover()

  const wearers = [...facilitators].map((id) => ({
    id,
    name: id === me ? 'You' : participants.get(id)?.name || 'Someone',
    role: actingSide(participants.get(id)?.role),
  }))
  const summary =
    wearers.length === 0
      ? 'Facilitate'
      : wearers.length === 1
        ? wearers[0].name
        : `${wearers[0].name} +${wearers.length - 1}`

  return (
    <div className="hat" ref={rootRef}>
      <button
        type="button"
        className={`btn btn-quiet hat-button${wearers.length ? ' is-worn' : ''}`}
        {...triggerProps}
        // The name starts with the words on the button, so a voice user can say what they see.
        aria-label={`${summary}: ${wornBy(wearers.map((w) => w.name))}. Show options`}
        data-testid="hat-button"
      >
        <Icon name="hat" size={18} />
        {wearers.length > 0 && (
          <span className="hat-wearers" aria-hidden="true">
            {wearers.slice(0, 3).map((wearer) => (
              <span
                key={wearer.id}
                className="hat-wearer-dot"
                style={{ background: roleColor(wearer.role, roles) }}
              />
            ))}
          </span>
        )}
        <span className="hat-summary">{summary}</span>
      </button>
      {open && <HatPanel id={panelId} onClose={close} />}
    </div>
  )
}

/** Who wears the hat as a sentence in the active voice: "You wear", "Sian wears". */
function wornBy(names: readonly string[]): string {
  if (names.length === 0) return 'nobody is wearing the facilitator hat'
  const verb = names.length === 1 && names[0] !== 'You' ? 'wears' : 'wear'
  return `${names.join(' and ')} ${verb} the facilitator hat`
}
