import { faceDownWords, type Stage } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { useFaceDown } from '../../adapters/useIsHidden'

/**
 * Says plainly who can read what during private writing: each writer's words stay on their own
 * devices and the server, and reach nobody else (not the projector, not an export) until a hat
 * wearer reveals them, from here.
 */
export function PrivateWritingNotice({ stage }: { stage: Stage }) {
  const { facilitation } = useBoardSession()
  const isFacilitator = useIsFacilitator()
  const faceDown = useFaceDown(stage.id)
  return (
    <div className="stagebar-strip stagebar-private" data-testid="private-notice">
      <span className="stagebar-strip-icon" aria-hidden="true">
        <Icon name="lock" size={16} />
      </span>
      <p className="stagebar-strip-text">
        <strong data-testid="face-down-count">{faceDownWords(faceDown)}.</strong> Private writing:
        only you can read what you write here, until it is revealed to everyone. Nobody else’s
        screen, the projector or an export gets your words before then.
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
