import type { ItemId } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { useIsFacilitator } from '../../adapters/useFacilitators'
import type { OutlineStage } from './buildOutline'
import { OutlineNote } from './OutlineNote'
import { OutlineOutcome } from './OutlineOutcome'
import { OutlineReframe } from './OutlineReframe'

interface OutlineStageSectionProps {
  readonly entry: OutlineStage
  readonly position: string | null
  readonly current: boolean
  readonly focusId: ItemId | null
  readonly onAddNote: () => void
  readonly onAddOutcome: () => void
}

/** One stage of the outline: its question, its groups of notes, loose notes, reframes, outcomes. */
export function OutlineStageSection(props: OutlineStageSectionProps) {
  const { facilitation, readOnly } = useBoardSession()
  const isFacilitator = useIsFacilitator()
  const { entry, focusId } = props
  const { stage } = entry
  const title = stage ? stage.title : 'Not in a stage'
  const notes = (ids: readonly ItemId[]) =>
    ids.map((id) => <OutlineNote key={id} id={id} autoFocus={id === focusId} />)
  const empty =
    entry.noteIds.length +
      entry.clusters.length +
      entry.reframeIds.length +
      entry.outcomeIds.length ===
    0

  return (
    <section className={`outline-stage${props.current ? ' is-current' : ''}`} aria-label={title}>
      <h3 className="outline-stage-title">
        {props.position && <span className="outline-step">{props.position}</span>}
        {title}
        {props.current && <span className="outline-now">Now</span>}
      </h3>
      {stage?.prompt && <p className="outline-prompt">{stage.prompt}</p>}
      {entry.hiddenCount > 0 && (
        <p className="outline-hidden">
          <Icon name="lock" size={15} />
          {entry.hiddenCount === 1 ? '1 note' : `${entry.hiddenCount} notes`} face down until
          revealed.
        </p>
      )}
      {entry.clusters.map(({ cluster, noteIds, reframeIds, cardCount }) => (
        <div key={cluster.id} className="outline-cluster">
          <h4 className="outline-cluster-title">
            Group: {cluster.title || 'Untitled group'}{' '}
            <span className="outline-count" data-testid="outline-group-count">
              ({cardCount} {cardCount === 1 ? 'card' : 'cards'})
            </span>
          </h4>
          <ul className="outline-list">
            {notes(noteIds)}
            {reframeIds.map((id) => (
              <OutlineReframe key={id} id={id} />
            ))}
          </ul>
        </div>
      ))}
      {entry.noteIds.length > 0 && (
        <ul className="outline-list" aria-label={`Notes in ${title}`}>
          {notes(entry.noteIds)}
        </ul>
      )}
      {entry.reframeIds.length > 0 && (
        <ul className="outline-list" aria-label={`Reframes in ${title}`}>
          {entry.reframeIds.map((id) => (
            <OutlineReframe key={id} id={id} />
          ))}
        </ul>
      )}
      {entry.outcomeIds.length > 0 && (
        <ul className="outline-list" aria-label={`Outcomes in ${title}`}>
          {entry.outcomeIds.map((id) => (
            <OutlineOutcome key={id} id={id} autoFocus={id === focusId} />
          ))}
        </ul>
      )}
      {empty && entry.hiddenCount === 0 && <p className="outline-empty">Nothing here yet.</p>}
      {!readOnly && (
        <div className="outline-adds">
          <button
            type="button"
            className="btn outline-add"
            onClick={props.onAddNote}
            data-testid="outline-add-note"
          >
            <Icon name="plus" size={16} />
            Add a note to {stage ? title : 'the board'}
          </button>
          {(props.current || !stage) && (
            <button
              type="button"
              className="btn outline-add"
              onClick={props.onAddOutcome}
              data-testid="outline-add-outcome"
            >
              <Icon name="plus" size={16} />
              Add an outcome
            </button>
          )}
        </div>
      )}
      {isFacilitator && stage && (
        // The hat wearer steers from here as from the stage bar: the outline is the whole board.
        <div className="outline-steer" role="group" aria-label="Facilitator">
          {props.current ? (
            <>
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => facilitation.previousStage()}
                data-testid="outline-previous-stage"
              >
                Previous stage
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => facilitation.nextStage()}
                data-testid="outline-next-stage"
              >
                Next stage
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => facilitation.goToStage(stage.id)}
              data-testid="outline-go-to-stage"
            >
              Go to this stage
            </button>
          )}
        </div>
      )}
    </section>
  )
}
