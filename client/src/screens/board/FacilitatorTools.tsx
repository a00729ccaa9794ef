import { contentBounds } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { screenCentre } from '../../canvas/camera'
import { revealAmongCards } from '../../canvas/revealAmongCards'
import { useCurrentStage } from '../../adapters/useStages'
import { StartVoteButton } from '../../features/voting/StartVoteButton'
import { ProjectorViewChoice } from '../../features/projector/ProjectorViewChoice'

/**
 * The controls only hat wearers see: move the room on or back, start a dot vote, bring every
 * screen to where you are looking, tidy the stage's cards into rows, choose what the projector
 * frames. The result of each is what everyone else sees.
 */
export function FacilitatorTools() {
  const { facilitation, ui, board } = useBoardSession()
  const { index, count } = useCurrentStage()
  const voteOpen = useBoardState((state) => state.board.meta.vote?.status === 'open')
  const bringEveryone = () => {
    const centre = screenCentre(ui)
    facilitation.summonEveryone({ ...centre, zoom: ui.getState().viewport.zoom })
  }
  const tidy = () => {
    facilitation.tidyStage()
    // The rows may reach past the screen's edge: show them all to whoever asked for them.
    const { items, meta } = board.getState().board
    const stage = [...items.values()].filter((item) => item.stageId === meta.currentStageId)
    const rows = contentBounds(stage)
    if (rows) revealAmongCards(ui, items.values(), rows)
  }
  return (
    <div className="stagebar-tools" role="toolbar" aria-label="Facilitator controls">
      <span className="stagebar-tools-label">
        <Icon name="hat" size={16} />
        <span>You’re facilitating</span>
      </span>
      <div className="stagebar-tools-group">
        <button
          type="button"
          className="btn btn-quiet stagebar-tool"
          onClick={facilitation.previousStage}
          disabled={index <= 0}
          aria-label="Previous stage"
          data-testid="stage-previous"
        >
          <Icon name="chevronLeft" size={18} />
          <span className="stagebar-tool-label">Previous</span>
        </button>
        <button
          type="button"
          className="btn btn-primary stagebar-tool"
          onClick={facilitation.nextStage}
          disabled={count === 0 || index >= count - 1}
          data-testid="stage-next"
        >
          Next stage
          <Icon name="chevronRight" size={18} />
        </button>
      </div>
      <div className="stagebar-tools-group">
        {!voteOpen && <StartVoteButton />}
        <button
          type="button"
          className="btn btn-quiet stagebar-tool"
          onClick={bringEveryone}
          title="Move every screen to what you are looking at now"
          data-testid="summon"
        >
          <Icon name="summon" size={18} />
          <span className="stagebar-tool-label">Bring everyone here</span>
        </button>
        <button
          type="button"
          className="btn btn-quiet stagebar-tool"
          onClick={tidy}
          title="Lay this stage’s cards out in rows, none covering another (Undo puts them back)"
          data-testid="tidy"
        >
          <Icon name="tidy" size={18} />
          <span className="stagebar-tool-label">Tidy</span>
        </button>
        <ProjectorViewChoice />
      </div>
    </div>
  )
}
