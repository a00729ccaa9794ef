import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { useSpotlitId } from '../../adapters/useSpotlight'
import { Icon } from '../Icon'
import './spotlight.css'

/**
 * "Spotlight on the projector" for a card or group, shown only to hat wearers (the shared verb
 * refuses anyone else anyway). Pressed again, it takes the card down. `className` lets each
 * host draw it as its other buttons are drawn; `corner` draws it as a round corner button.
 */
export function SpotlightButton(props: { id: ItemId; className?: string; corner?: boolean }) {
  const { facilitation } = useBoardSession()
  const isFacilitator = useIsFacilitator()
  const spotlit = useSpotlitId() === props.id
  if (!isFacilitator) return null
  const label = spotlit ? 'Clear spotlight' : 'Spotlight on the projector'
  return (
    <button
      type="button"
      className={props.corner ? 'spotlight-corner' : props.className}
      aria-pressed={spotlit}
      aria-label={props.corner ? label : undefined}
      title={props.corner ? label : 'Show only this on the projector, large'}
      onPointerDown={(event) => event.stopPropagation()}
      onClick={() => (spotlit ? facilitation.clearSpotlight() : facilitation.spotlight(props.id))}
      data-testid="spotlight-button"
    >
      <Icon name="projector" size={props.corner ? 18 : 15} />
      {!props.corner && label}
    </button>
  )
}
