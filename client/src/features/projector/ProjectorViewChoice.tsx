import { useId } from 'react'
import type { ProjectorView } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useMeta } from '../../adapters/useBoard'
import './projectorSteering.css'

const VIEW_WORDS: Readonly<Record<ProjectorView, string>> = {
  stage: 'Current stage',
  board: 'Whole board',
}

/**
 * What the projector frames, for hat wearers: the current stage's cards at a size the back of
 * the room can read (paging through them), or the whole board shrunk to fit, chosen on purpose.
 */
export function ProjectorViewChoice() {
  const { facilitation } = useBoardSession()
  const { projectorView } = useMeta()
  const id = useId()
  return (
    <span className="projector-view-choice">
      <label htmlFor={id}>Projector</label>
      <select
        id={id}
        value={projectorView}
        onChange={(event) => facilitation.setProjectorView(event.target.value as ProjectorView)}
        data-testid="projector-view"
      >
        {(Object.keys(VIEW_WORDS) as ProjectorView[]).map((view) => (
          <option key={view} value={view}>
            {VIEW_WORDS[view]}
          </option>
        ))}
      </select>
    </span>
  )
}
