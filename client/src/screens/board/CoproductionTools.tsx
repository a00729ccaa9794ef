import { useBoardSession } from '../../adapters/BoardProvider'
import { BALANCE_PANEL } from '../../features/balance/BalancePanel'
import { PanelToggle } from '../../ui/PanelToggle'
import { AddOutcomeButton } from '../../features/outcomes/AddOutcomeButton'
import { FRAMEWORK_PANEL } from '../../features/outcomes/FrameworkPanel'
import './coproductionTools.css'

/** The top bar's co-production buttons: add an outcome, and the framework and balance panels. */
export function CoproductionTools() {
  const { readOnly } = useBoardSession()
  return (
    <div className="coproduction-tools" role="group" aria-label="Co-production">
      {!readOnly && <AddOutcomeButton variant="topbar" />}
      <PanelToggle
        id={FRAMEWORK_PANEL}
        label="Framework"
        icon="list"
        title="Evaluation framework: every outcome, how we’ll know, and who agrees"
        testId="toggle-framework"
      />
      <PanelToggle
        id={BALANCE_PANEL}
        label="Balance"
        icon="chart"
        title="Voice balance: is every side being heard?"
        testId="toggle-balance"
      />
    </div>
  )
}
