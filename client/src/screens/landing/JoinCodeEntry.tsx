import { formatJoinCode } from '@coboard/shared'
import { navigate } from '../../adapters/useLocation'
import { JoinCodeForm } from '../../features/joinCode/JoinCodeForm'

/**
 * "Have a join code?": the way in for someone who reached the start page instead of the board,
 * with the code from the projector in hand. It goes to the code's short link, which does the rest.
 */
export function JoinCodeEntry() {
  return (
    <section className="landing-join" aria-label="Join with a code">
      <JoinCodeForm
        layout="inline"
        label="Have a join code?"
        hint="Taking part in a workshop? Type the code shown on the projector, like K7QM-3XPA."
        onJoin={(code) => navigate(`/j/${formatJoinCode(code)}`)}
      />
    </section>
  )
}
