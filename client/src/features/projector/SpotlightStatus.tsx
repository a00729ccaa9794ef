import { itemBounds, type BoardItem } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useMeta } from '../../adapters/useBoard'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { useSpotlitId } from '../../adapters/useSpotlight'
import { showOnBoard } from '../../canvas/showOnBoard'
import { Icon } from '../../ui/Icon'
import { roleLabel } from '../../ui/voices/roleColors'
import './projectorSteering.css'

/** How many characters of a card's words the stage bar quotes. */
const QUOTE_LENGTH = 60

/**
 * A line of the stage bar, on every laptop, while a card or group is alone on the projector:
 * what it is, a way to find it on the board, and for hat wearers "Clear spotlight".
 */
export function SpotlightStatus() {
  const { ui, facilitation } = useBoardSession()
  const { roles } = useMeta()
  const isFacilitator = useIsFacilitator()
  const id = useSpotlitId()
  const item = useBoardState((state) => (id ? (state.board.items.get(id) ?? null) : null))
  if (!id || !item) return null
  return (
    <div className="stagebar-strip spotlight-status" role="status" data-testid="spotlight-status">
      <span className="stagebar-strip-icon" aria-hidden="true">
        <Icon name="projector" size={16} />
      </span>
      <p className="stagebar-strip-text">
        <strong>On the projector:</strong> {quote(item)}{' '}
        <span className="spotlight-status-side">({roleLabel(item.role, roles)})</span>
      </p>
      <button
        type="button"
        className="btn btn-quiet stagebar-strip-action"
        onClick={() => showOnBoard(ui, itemBounds(item), id)}
      >
        Show on board
      </button>
      {isFacilitator && (
        <button
          type="button"
          className="btn stagebar-strip-action"
          onClick={facilitation.clearSpotlight}
          data-testid="clear-spotlight"
        >
          Clear spotlight
        </button>
      )}
    </div>
  )
}

/** A card's own words, quoted short: what the room sees on the wall. */
function quote(item: BoardItem): string {
  const words = ownWords(item).trim()
  if (!words) return item.kind === 'cluster' ? 'a group' : 'a card'
  const short = words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1)}…` : words
  return item.kind === 'cluster' ? `the group ‘${short}’` : `‘${short}’`
}

function ownWords(item: BoardItem): string {
  switch (item.kind) {
    case 'note':
      return item.text
    case 'reframe':
      return item.we
    case 'outcome':
      return item.outcome
    case 'cluster':
      return item.title
  }
}
