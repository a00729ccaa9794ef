import type { ParticipantId } from '@coboard/shared'
import { followUi, useFollowing } from './followUi'

interface FollowButtonProps {
  readonly participantId: ParticipantId
  readonly name: string
}

/** "Follow" next to a person in the people list: this screen then moves with theirs. */
export function FollowButton({ participantId, name }: FollowButtonProps) {
  const following = useFollowing() === participantId
  const who = name || 'this person'
  return (
    <button
      type="button"
      className="follow-button"
      aria-pressed={following}
      aria-label={following ? `Stop following ${who}` : `Follow ${who}’s view`}
      onClick={() => followUi.getState().follow(following ? null : participantId)}
      data-testid="follow-button"
    >
      {following ? 'Following' : 'Follow'}
    </button>
  )
}
