import type { Stage } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { useFaceDownCount } from '../../adapters/useIsHidden'

/**
 * Says plainly what private writing is and is not: others' notes are hidden on each screen, but
 * the words are in the shared board like everything else. Hat wearers reveal from here.
 */
export function PrivateWritingNotice({ stage }: { stage: Stage }) {
  const { facilitation } = useBoardSession()
  const isFacilitator = useIsFacilitator()
  const faceDown = useFaceDownCount(stage.id)
  return (
    <div className="stagebar-strip stagebar-private" data-testid="private-notice">
      <span className="stagebar-strip-icon" aria-hidden="true">
        <Icon name="lock" size={16} />
      </span>
      <p className="stagebar-strip-text">
        <strong data-testid="face-down-count">
          {faceDown === 1 ? '1 note face down' : `${faceDown} notes face down`}.
        </strong>{' '}
        Private writing: others’ notes are hidden on your screen until reveal. They are stored in
        the shared board, so this is not a secret from the server.
      </p>
      {isFacilitator && (
        <button
          type="button"
          className="btn btn-primary stagebar-strip-action"
          onClick={() => facilitation.revealStage(stage.id)}
          data-testid="reveal-stage"
        >
          <Icon name="eye" size={16} />
          Reveal notes
        </button>
      )}
    </div>
  )
}
