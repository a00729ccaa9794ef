import type { ParticipantId } from '@coboard/shared'
import { useUi, useUiStore } from '../../adapters/useUi'

interface FollowButtonProps {
  readonly participantId: ParticipantId
  readonly name: string
}

/** "Follow" next to a person in the people list: this screen then moves with theirs. */
export function FollowButton({ participantId, name }: FollowButtonProps) {
  const ui = useUiStore()
  const following = useUi((state) => state.following === participantId)
  const who = name || 'this person'
  return (
    <button
      type="button"
      className="follow-button"
      aria-pressed={following}
      aria-label={following ? `Stop following ${who}` : `Follow ${who}’s view`}
      onClick={() => ui.getState().follow(following ? null : participantId)}
      data-testid="follow-button"
    >
      {following ? 'Following' : 'Follow'}
    </button>
  )
}
