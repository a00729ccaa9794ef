import { useRef } from 'react'
import { DndContext } from '@dnd-kit/core'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useParticipants } from '../../adapters/useBoard'
import { useFaceDown } from '../../adapters/useIsHidden'
import { useCurrentStage } from '../../adapters/useStages'
import { ItemCard } from '../common/ItemCard'
import { useCameraStyle } from '../../canvas/useCameraStyle'
import { useScreenSize } from '../../canvas/useScreenSize'
import { useProjectorCamera } from './useProjectorCamera'
import { useProjectorItems } from './useProjectorItems'

/**
 * The board as the room sees it on the wall: every item the room may see, framed automatically,
 * nothing to click. Items are the same cards as on laptops (read-only), so a note looks the same
 * on every screen; the camera glides instead of jumping when it re-frames.
 */
export function ProjectorBoard() {
  const { ui } = useBoardSession()
  const areaRef = useRef<HTMLElement>(null)
  const worldRef = useRef<HTMLDivElement>(null)
  useScreenSize(ui, areaRef)
  useCameraStyle(ui, areaRef, worldRef)
  const { following, ready } = useProjectorCamera()
  const { ids, aside } = useProjectorItems()
  const roster = useParticipants()
  const faceDown = useFaceDown(useCurrentStage().stage?.id ?? null)
  const followedName = following ? roster.get(following)?.name || 'the facilitator' : null

  return (
    <section
      ref={areaRef}
      className={`projector-board board-canvas${ready ? ' is-ready' : ''}`}
      aria-label="Board"
      data-testid="projector-board"
    >
      <div ref={worldRef} className="board-world projector-world">
        {/* Cards expect a drag context; with no sensors nothing can be picked up. */}
        <DndContext sensors={[]}>
          {ids.map((id) => (
            // An unpositioned wrapper: the card still places itself in the world.
            <div key={id} className={aside.has(id) ? 'projector-aside' : undefined}>
              <ItemCard id={id} />
            </div>
          ))}
        </DndContext>
      </div>
      {ids.length === 0 && (
        <p className="projector-empty">
          {faceDown.cards > 0
            ? 'Notes appear here when the facilitator reveals them.'
            : 'Notes appear here as people add them.'}
        </p>
      )}
      {followedName && (
        <p className="projector-following" role="status">
          Showing what {followedName} is showing
        </p>
      )}
    </section>
  )
}
