import { useShallow } from 'zustand/react/shallow'
import { isAgreedByAll, listOutcomes, rolesPresent } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { SidePanel } from '../../ui/SidePanel'
import { panelDomId } from '../../core/state/panelsSlice'
import { useClearOfStageBar } from '../../canvas/useClearOfStageBar'
import { AddOutcomeButton } from './AddOutcomeButton'
import { AGREED_BY_ALL_RULE } from '../../ui/voices/agreementWords'
import { FrameworkRow } from './FrameworkRow'
import { FRAMEWORK_COLUMNS } from '../../ui/voices/outcomeFields'
import './framework.css'
import './frameworkStacked.css'

/** The panel id of the evaluation framework. */
export const FRAMEWORK_PANEL = 'framework'

/**
 * The evaluation framework: every outcome on the board as a row of a table, each field editable
 * in place, with where each side stands. Shown beside the board, so the cards and the table are
 * one and the same data.
 */
export function FrameworkPanel() {
  const { readOnly } = useBoardSession()
  return (
    <SidePanel
      id={FRAMEWORK_PANEL}
      title="Evaluation framework"
      summary={<FrameworkSummary />}
      actions={!readOnly && <AddOutcomeButton variant="panel" />}
      width="wide"
    >
      <FrameworkTable />
    </SidePanel>
  )
}

function FrameworkSummary() {
  const [agreed, total] = useBoardState(
    useShallow((state) => {
      const roles = rolesPresent(state.board)
      const outcomes = listOutcomes(state.board)
      return [
        outcomes.filter((o) => isAgreedByAll(o, roles, state.board.participants)).length,
        outcomes.length,
      ]
    }),
  )
  return (
    <>
      <p className="framework-count" data-testid="framework-count">
        <strong>
          {agreed} of {total}
        </strong>{' '}
        agreed by all
      </p>
      <p className="framework-rule">{AGREED_BY_ALL_RULE}</p>
    </>
  )
}

function FrameworkTable() {
  // Rendered only while the panel is open: that is when it must sit clear of the stage bar.
  useClearOfStageBar(panelDomId(FRAMEWORK_PANEL))
  const ids = useBoardState(useShallow((state) => listOutcomes(state.board).map((o) => o.id)))
  if (ids.length === 0) {
    return (
      <p className="framework-empty">
        No outcomes yet. Add one for each thing that should be different, and agree together how you
        will know it has changed.
      </p>
    )
  }
  return (
    <div className="framework">
      <table className="framework-table" data-testid="framework-table">
        <caption className="visually-hidden">
          Outcomes, how we will know, and where each side stands
        </caption>
        <thead>
          <tr>
            <th scope="col" className="fw-num">
              <span className="visually-hidden">Number</span>
            </th>
            {FRAMEWORK_COLUMNS.map((column) => (
              <th key={column.field} scope="col" className={`fw-${column.field}`}>
                {column.label}
              </th>
            ))}
            <th scope="col" className="fw-agreement">
              Agreement by side
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id, index) => (
            <FrameworkRow key={id} id={id} number={index + 1} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
