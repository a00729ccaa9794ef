import { useState } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { CloseButton } from '../../ui/CloseButton'
import { Icon } from '../../ui/Icon'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import { AgendaRow } from './AgendaRow'
import { StageEditor } from './StageEditor'
import { useStages } from '../../adapters/useStages'
import './agenda.css'

/**
 * The whole agenda, with the current stage marked. Hat wearers can jump to any stage and edit
 * the list; everyone else reads it, and is told how they could steer too.
 */
export function AgendaPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { facilitation } = useBoardSession()
  const stages = useStages()
  const currentId = useBoardState((state) => state.board.meta.currentStageId)
  const isFacilitator = useIsFacilitator()
  const [editing, setEditing] = useState(false)
  const canEdit = isFacilitator && editing

  return (
    <div className="agenda" id={id} role="region" aria-label="Agenda" data-testid="agenda">
      <header className="agenda-header">
        <h3>Agenda</h3>
        {isFacilitator && (
          <button
            type="button"
            className="btn btn-quiet agenda-edit"
            aria-pressed={editing}
            onClick={() => setEditing((value) => !value)}
            data-testid="agenda-edit"
          >
            <Icon name={editing ? 'check' : 'pencil'} size={16} />
            {editing ? 'Done' : 'Edit agenda'}
          </button>
        )}
        <CloseButton
          className="btn btn-quiet btn-icon agenda-close"
          label="Close the agenda"
          onClick={onClose}
          iconSize={18}
        />
      </header>
      {stages.length === 0 && (
        <p className="agenda-empty">
          No stages yet.{' '}
          {isFacilitator
            ? 'Edit the agenda to add the first one.'
            : 'Whoever wears the facilitator hat can add them.'}
        </p>
      )}
      <ol className="agenda-list">
        {stages.map((stage, index) =>
          canEdit ? (
            <StageEditor key={stage.id} stage={stage} index={index} />
          ) : (
            <AgendaRow
              key={stage.id}
              stage={stage}
              index={index}
              current={stage.id === currentId}
              onGo={
                isFacilitator
                  ? () => {
                      facilitation.goToStage(stage.id)
                      onClose()
                    }
                  : null
              }
            />
          ),
        )}
      </ol>
      {canEdit && (
        <button
          type="button"
          className="btn agenda-add"
          onClick={() => facilitation.addStage({ title: 'New stage', minutes: 10 })}
          data-testid="agenda-add"
        >
          <Icon name="plus" size={16} />
          Add a stage
        </button>
      )}
      {!isFacilitator && (
        <p className="agenda-hint">
          Whoever wears the facilitator hat moves the room from stage to stage. Anyone can take it.
        </p>
      )}
    </div>
  )
}
