import { useMemo, useState } from 'react'
import { OUTCOME_HEIGHT, OUTCOME_WIDTH, type ItemId, type StageId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { SidePanel } from '../../ui/SidePanel'
import { panelDomId } from '../../core/state/panelsSlice'
import { placeNoteForStage } from '../../canvas/stagePlacement'
import { useViewerId } from '../../adapters/useIsHidden'
import { SYNCED_TEXT_ATTR } from '../../ui/domTargets'
import { buildOutline } from './buildOutline'
import { OutlineStageSection } from './OutlineStageSection'
import { OUTLINE_PANEL } from './OutlineToggle'
import { useClearOfStageBar } from '../../canvas/useClearOfStageBar'

/** The open outline: reads the whole board, so it is only rendered while the panel is open. */
export function OpenOutline() {
  const { actions, coproduction, board } = useBoardSession()
  const snapshot = useBoardState((state) => state.board)
  const viewer = useViewerId()
  const outline = useMemo(() => buildOutline(snapshot, viewer), [snapshot, viewer])
  const [focusId, setFocusId] = useState<ItemId | null>(null)
  const { stages, meta } = snapshot
  useClearOfStageBar(panelDomId(OUTLINE_PANEL))

  const addOutcome = (stageId: StageId | null) => {
    const size = { width: OUTCOME_WIDTH, height: OUTCOME_HEIGHT }
    const spot = placeNoteForStage(board.getState().board.items.values(), stageId, size)
    setFocusId(coproduction.addOutcome(spot.x, spot.y))
  }
  const addNote = (stageId: StageId | null) => {
    const spot = placeNoteForStage(board.getState().board.items.values(), stageId)
    setFocusId(actions.addWrittenNote({ ...spot, text: '', stageId }))
  }

  return (
    <SidePanel id={OUTLINE_PANEL} title="Outline" width="narrow">
      <div className="outline-body" data-testid="outline-panel" {...{ [SYNCED_TEXT_ATTR]: '' }}>
        {outline.map((entry) => {
          const index = entry.stage ? stages.indexOf(entry.stage) : -1
          return (
            <OutlineStageSection
              key={entry.stage?.id ?? 'none'}
              entry={entry}
              position={index >= 0 ? `Step ${index + 1}` : null}
              current={!!entry.stage && entry.stage.id === meta.currentStageId}
              focusId={focusId}
              onAddNote={() => addNote(entry.stage?.id ?? null)}
              onAddOutcome={() => addOutcome(entry.stage?.id ?? null)}
            />
          )
        })}
      </div>
    </SidePanel>
  )
}
