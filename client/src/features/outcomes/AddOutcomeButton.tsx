import { Glyph } from '../../ui/voices/Glyph'
import { useAddOutcome } from './useAddOutcome'

/** "Add outcome": a new row of the evaluation framework, as a card in the middle of the view. */
export function AddOutcomeButton({ variant }: { variant: 'topbar' | 'panel' }) {
  const addOutcome = useAddOutcome()
  return (
    <button
      type="button"
      className={`btn ${variant === 'panel' ? 'btn-primary' : 'btn-quiet'} add-outcome`}
      onClick={addOutcome}
      title="Add an outcome to the evaluation framework: what should change, and how we’ll know"
      data-testid={variant === 'panel' ? 'add-outcome-panel' : 'add-outcome'}
    >
      <Glyph name="target" size={18} />
      <span className="add-outcome-label">Add outcome</span>
    </button>
  )
}
