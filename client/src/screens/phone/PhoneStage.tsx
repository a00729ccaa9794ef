import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { useCurrentStage } from '../../adapters/useStages'
import { SharedTimer } from '../../features/timer/SharedTimer'

/** What the room is working on now: the step, the stage's question, and the shared clock. */
export function PhoneStage() {
  const { stage, index, count } = useCurrentStage()
  const timerIdle = useBoardState((state) => state.board.meta.timer.state === 'idle')
  const purpose = useBoardState((state) => state.board.meta.purpose)

  return (
    <section className="phone-card phone-stage" aria-labelledby="phone-stage-title">
      <div className="phone-stage-top">
        <p className="phone-eyebrow">{count > 0 ? `Step ${index + 1} of ${count}` : 'Now'}</p>
        {!timerIdle && <SharedTimer />}
      </div>
      <h2 id="phone-stage-title" className="phone-stage-title" data-testid="phone-stage-title">
        {stage?.title ?? 'Add your ideas'}
      </h2>
      {(stage?.prompt || (!stage && purpose)) && (
        <p className="phone-prompt">{stage?.prompt || purpose}</p>
      )}
      {stage?.private && !stage.revealed && (
        <p className="phone-private">
          <Icon name="lock" size={18} />
          Private writing: others see your notes only when the facilitator reveals them.
        </p>
      )}
    </section>
  )
}
