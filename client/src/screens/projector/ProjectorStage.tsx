import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { faceDownWords } from '@coboard/shared'
import { useFaceDown } from '../../adapters/useIsHidden'
import { useCurrentStage } from '../../adapters/useStages'
import { SharedTimer } from '../../features/timer/SharedTimer'

/**
 * What the room is working on, in type meant for the back of the room: the step, the stage's
 * title and its question, the shared clock, and, during private writing, how many notes are
 * waiting face down (a count only: no words, no names).
 */
export function ProjectorStage() {
  const { stage, index, count } = useCurrentStage()
  const faceDown = useFaceDown(stage?.id ?? null)
  const timerIdle = useBoardState((state) => state.board.meta.timer.state === 'idle')
  const vote = useBoardState((state) => state.board.meta.vote)

  return (
    <section className="projector-stage" aria-label="Now" data-testid="projector-stage">
      {count > 0 && (
        <p className="projector-step">
          Step {index + 1} of {count}
        </p>
      )}
      <h2 className="projector-stage-title" data-testid="projector-stage-title">
        {stage?.title ?? 'Add your ideas'}
      </h2>
      {stage?.prompt && (
        <p className="projector-prompt" data-testid="projector-prompt">
          {stage.prompt}
        </p>
      )}
      {stage?.private && !stage.revealed && (
        <p className="projector-private">
          <Icon name="lock" size={26} />
          <span>
            Private writing:{' '}
            <strong data-testid="projector-face-down">{faceDownWords(faceDown)}</strong>. Only each
            writer sees their words until they are revealed.
          </span>
        </p>
      )}
      {vote?.status === 'open' && (
        <p className="projector-vote">
          <Icon name="dot" size={26} />
          Voting is open: {vote.budget} {vote.budget === 1 ? 'dot' : 'dots'} each
        </p>
      )}
      {!timerIdle || stage?.minutes ? (
        <div className="projector-timer">
          <SharedTimer />
        </div>
      ) : null}
    </section>
  )
}
