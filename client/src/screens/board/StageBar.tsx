import { useCallback, useId, useRef, useState } from 'react'
import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { CHROME_TOP_ATTR } from '../../canvas/camera'
import { useDismiss } from '../../ui/useDismiss'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { Deferred, PartLoading } from '../../ui/deferred/Deferred'
import { lazyNamed } from '../../ui/deferred/lazyNamed'
import { SharedTimer } from '../../features/timer/SharedTimer'
import { VoteStatus } from '../../features/voting/VoteStatus'
import { SpotlightStatus } from '../../features/projector/SpotlightStatus'
import { AgendaPanel } from '../../features/stages/AgendaPanel'
import { PrivateWritingNotice } from '../../features/stages/PrivateWritingNotice'
import { useCurrentStage } from '../../adapters/useStages'
import './stageBar.css'

// The hat wearer's tools arrive when someone first takes the hat.
const FacilitatorTools = lazyNamed(() =>
  import('./FacilitatorTools').then((chunk) => chunk.FacilitatorTools),
)

/**
 * What the room is doing now, the same on every screen: step n of N, the stage's title and
 * question in large type, and the shared clock. The step opens the agenda. Hat wearers also get
 * a row of controls to steer; everyone else sees the result of them.
 */
export function StageBar() {
  const { stage, index, count } = useCurrentStage()
  const isFacilitator = useIsFacilitator()
  const quiet = useBoardState(
    (state) => state.board.meta.timer.state === 'idle' && !state.board.meta.vote,
  )
  const [agendaOpen, setAgendaOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const agendaId = useId()
  const stepRef = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => {
    // Closing with the focus inside the agenda (Escape, Close, a stage chosen) would drop it.
    if (rootRef.current?.querySelector('.agenda')?.contains(document.activeElement)) {
      stepRef.current?.focus()
    }
    setAgendaOpen(false)
  }, [])
  useDismiss(rootRef, agendaOpen, close)

  // A board without an agenda keeps the canvas clear unless someone steers, times or votes.
  if (count === 0 && !isFacilitator && quiet) return null

  return (
    <section
      className="stagebar"
      aria-label="Workshop stage"
      data-testid="stage-bar"
      {...{ [CHROME_TOP_ATTR]: '' }}
    >
      <div className="stagebar-panel" ref={rootRef}>
        <div className="stagebar-main">
          <button
            type="button"
            className="stagebar-step"
            ref={stepRef}
            aria-expanded={agendaOpen}
            aria-controls={agendaId}
            onClick={() => setAgendaOpen((open) => !open)}
            data-testid="stage-step"
          >
            <span className="stagebar-step-label">
              {count === 0 ? 'No agenda' : `Step ${index + 1} of ${count}`}
            </span>
            <span className="stagebar-step-action">
              Agenda <Icon name="chevronDown" size={14} />
            </span>
          </button>
          {/* Right after its button in the tab order; placed under the whole bar by its CSS. */}
          {agendaOpen && <AgendaPanel id={agendaId} onClose={close} />}
          <div className="stagebar-text" aria-live="polite">
            <h2 className="stagebar-title">
              <span data-testid="stage-title">
                {stage?.title ?? (count === 0 ? 'Free-form board' : 'Choose a stage to begin')}
              </span>
              {stage?.private && (
                <span className={`stagebar-chip${stage.revealed ? ' is-revealed' : ''}`}>
                  <Icon name={stage.revealed ? 'eye' : 'lock'} size={13} />
                  {stage.revealed ? 'Revealed' : 'Private writing'}
                </span>
              )}
            </h2>
            {stage?.prompt && <p className="stagebar-prompt">{stage.prompt}</p>}
          </div>
          <SharedTimer />
        </div>
        {stage?.private && !stage.revealed && <PrivateWritingNotice stage={stage} />}
        <VoteStatus />
        <SpotlightStatus />
        {isFacilitator && (
          <Deferred fallback={<PartLoading label="Opening the facilitator’s tools…" />}>
            <FacilitatorTools />
          </Deferred>
        )}
      </div>
    </section>
  )
}
