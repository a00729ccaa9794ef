import { holdsPrivateWords } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { useUi } from '../../adapters/useUi'
import { GROUP_TOOLBAR_ATTR } from './useGroupSelection'

/**
 * What to do with several picked cards: group them under a name (typed straight away, in
 * place), or let go. Also draws the Shift-drag rectangle while it is being drawn.
 */
export function GroupToolbar() {
  const { facilitation, ui } = useBoardSession()
  const count = useUi((state) => state.groupSelection.length)
  const marquee = useUi((state) => state.marquee)
  const selection = useUi((state) => state.groupSelection)
  const privately = useBoardState((state) => holdsPrivateWords(state.board, selection))

  const group = () => {
    const id = facilitation.groupItems(ui.getState().groupSelection)
    ui.getState().setGroupSelection([])
    if (!id) return
    ui.getState().select(id)
    ui.getState().setRenamingCluster(id)
  }

  return (
    <>
      {marquee && (
        <div
          className="group-marquee"
          aria-hidden="true"
          style={{
            left: Math.min(marquee.x0, marquee.x1),
            top: Math.min(marquee.y0, marquee.y1),
            width: Math.abs(marquee.x1 - marquee.x0),
            height: Math.abs(marquee.y1 - marquee.y0),
          }}
        />
      )}
      {count > 0 && (
        <div
          className="group-toolbar"
          role="toolbar"
          aria-label="Selected cards"
          data-testid="group-toolbar"
          {...{ [GROUP_TOOLBAR_ATTR]: '' }}
        >
          <span className="group-toolbar-count" aria-live="polite">
            {count === 1 ? '1 card selected' : `${count} cards selected`}
          </span>
          {privately && (
            <span className="group-toolbar-hint" data-testid="group-after-reveal">
              Cards written privately can be grouped once they are revealed.
            </span>
          )}
          <button
            type="button"
            className="btn btn-primary"
            onClick={group}
            disabled={privately}
            data-testid="group"
          >
            <Icon name="group" size={16} />
            Group
          </button>
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => ui.getState().setGroupSelection([])}
          >
            Clear
          </button>
        </div>
      )}
    </>
  )
}
