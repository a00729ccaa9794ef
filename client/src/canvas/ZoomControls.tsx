import { useBoardSession } from '../adapters/BoardProvider'
import { useUi } from '../adapters/useUi'
import { Icon } from '../ui/Icon'
import { fitToContent, zoomStep, zoomTo } from './camera'
import './zoom.css'

/** Zoom out, the current zoom (click for 100%), zoom in, and fit every note in view. */
export function ZoomControls() {
  const { ui, board } = useBoardSession()
  const percent = useUi((state) => Math.round(state.viewport.zoom * 100))
  return (
    <div className="zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        onClick={() => zoomStep(ui, -1)}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        <Icon name="minus" size={18} />
      </button>
      <button
        type="button"
        className="btn btn-quiet zoom-percent"
        onClick={() => zoomTo(ui, 1)}
        aria-label={`Zoom ${percent}%. Reset to 100%`}
        title="Reset to 100% (Shift+0)"
        data-testid="zoom-percent"
      >
        {percent}%
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        onClick={() => zoomStep(ui, 1)}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        <Icon name="plus" size={18} />
      </button>
      <span className="zoom-divider" aria-hidden="true" />
      <button
        type="button"
        className="btn btn-quiet zoom-fit"
        onClick={() => fitToContent(ui, board.getState().board.items.values())}
        title="Fit to content (Shift+1)"
        aria-keyshortcuts="Shift+1"
        data-testid="fit-content"
      >
        <Icon name="fit" size={18} />
        <span className="zoom-fit-label">Fit</span>
      </button>
    </div>
  )
}
