import { FrameworkPanel } from '../../features/outcomes/FrameworkPanel'
import { OutlinePanel } from '../../features/outline/OutlinePanel'
import { BalancePanel } from '../../features/balance/BalancePanel'
import { SideDock } from '../../ui/SideDock'

/** The co-production side panels in their dock: the framework nearest the board, then balance. */
export function CoproductionPanels() {
  return (
    <SideDock>
      <FrameworkPanel />
      <BalancePanel />
      <OutlinePanel />
    </SideDock>
  )
}
