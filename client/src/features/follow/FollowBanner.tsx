import { actingSide } from '@coboard/shared'
import { useBoardState, useMeta } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { roleColor } from '../../ui/voices/roleColors'
import { useUi, useUiStore } from '../../adapters/useUi'
import { useFollow } from './useFollow'
import { usePublishViewport } from './usePublishViewport'
import { useSummon } from './useSummon'
import './follow.css'

/**
 * Everything about looking where someone else looks: publishing this view, answering summons,
 * following a person, and the banner (with a frame in their side's colour) while doing so.
 */
export function FollowBanner() {
  usePublishViewport()
  useSummon()
  useFollow()
  const ui = useUiStore()
  const following = useUi((state) => state.following)
  const { roles } = useMeta()
  const person = useBoardState((state) =>
    following ? state.board.participants.get(following) : undefined,
  )
  if (!following) return null
  const name = person?.name || 'someone'
  const colour = roleColor(actingSide(person?.role), roles)
  return (
    <>
      <div className="follow-frame" style={{ borderColor: colour }} aria-hidden="true" />
      <div
        className="follow-banner"
        role="status"
        style={{ background: colour }}
        data-testid="follow-banner"
      >
        <Icon name="eye" size={16} />
        <span>
          Following {name} — <kbd>Esc</kbd> to stop
        </span>
        <button type="button" className="follow-stop" onClick={() => ui.getState().follow(null)}>
          Stop
        </button>
      </div>
    </>
  )
}
