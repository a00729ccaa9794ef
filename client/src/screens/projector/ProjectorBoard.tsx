import { useRef, useState } from 'react'
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
import { ProjectorSpotlightCaption } from './ProjectorSpotlightCaption'
import { PROJECTOR_ITEM_ATTR, useSpotlightSize } from './useSpotlightSize'
import type { Size } from '../../core/state/viewport'
// The cards' own styles come with the screen that draws them (the board screen's NoteLayer
// imports them too); without this the projector's chunk drew notes unstyled.
import '../../features/notes/notes.css'

/**
 * The board as the room sees it on the wall: what the room is working on, framed automatically
 * at a size the back of the room can read (a page at a time when it does not fit), or a
 * spotlighted card alone. Items are the same cards as on laptops (read-only), so a note looks
 * the same on every screen; the camera glides instead of jumping when it re-frames.
 */
export function ProjectorBoard() {
  const { ui } = useBoardSession()
  const areaRef = useRef<HTMLElement>(null)
  const worldRef = useRef<HTMLDivElement>(null)
  useScreenSize(ui, areaRef)
  useCameraStyle(ui, areaRef, worldRef)
  const [spotlightSize, setSpotlightSize] = useState<Size | null>(null)
  const { following, spotlit, onPage, paging, ready } = useProjectorCamera(spotlightSize)
  useSpotlightSize(worldRef, spotlit, setSpotlightSize)
  const { ids, aside } = useProjectorItems()
  const roster = useParticipants()
  const faceDown = useFaceDown(useCurrentStage().stage?.id ?? null)
  const followedName = following ? roster.get(following)?.name || 'the facilitator' : null
  const drawn = spotlit ?? ids

  return (
    <section
      ref={areaRef}
      className={`projector-board board-canvas${ready ? ' is-ready' : ''}${spotlit ? ' is-spotlight' : ''}`}
      aria-label="Board"
      data-testid="projector-board"
    >
      <div ref={worldRef} className="board-world projector-world">
        {/* Cards expect a drag context; with no sensors nothing can be picked up. */}
        <DndContext sensors={[]}>
          {drawn.map((id) => (
            // An unpositioned wrapper: the card still places itself in the world.
            <div
              key={id}
              className={spotlit ? undefined : cardClass(aside.has(id), onPage && !onPage.has(id))}
              // Faded for context, not to be read here (incidental text, WCAG 1.4.3): out of the
              // accessibility tree until its own page comes round.
              inert={!spotlit && onPage !== null && !onPage.has(id)}
              {...{ [PROJECTOR_ITEM_ATTR]: id }}
            >
              <ItemCard id={id} />
            </div>
          ))}
        </DndContext>
      </div>
      {spotlit && <ProjectorSpotlightCaption />}
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
      {paging && !followedName && (
        <p className="projector-paging" data-testid="projector-paging">
          Page {paging.page} of {paging.pages}
        </p>
      )}
    </section>
  )
}

/** How a card is drawn: quieter when of another stage, faded when the page is there for others. */
function cardClass(aside: boolean, offPage: boolean | null): string | undefined {
  const classes = [aside && 'projector-aside', offPage && 'projector-off-page'].filter(Boolean)
  return classes.length > 0 ? classes.join(' ') : undefined
}
