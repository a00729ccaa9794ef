import { FrameworkPanel } from '../outcomes/FrameworkPanel'
import { OutlinePanel } from '../outline/OutlinePanel'
import { BalancePanel } from './BalancePanel'
import { SideDock } from './SideDock'

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
