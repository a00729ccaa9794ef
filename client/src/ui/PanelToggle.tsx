import { Icon, type IconName } from './Icon'
import { panelDomId, type PanelId } from '../core/state/panelsSlice'
import { useUi, useUiStore } from '../adapters/useUi'

interface PanelToggleProps {
  readonly id: PanelId
  readonly label: string
  readonly icon: IconName
  /** A longer explanation for the tooltip. */
  readonly title: string
  readonly testId?: string
}

/** A top-bar button that opens and closes one side panel, saying which state it is in. */
export function PanelToggle({ id, label, icon, title, testId }: PanelToggleProps) {
  const ui = useUiStore()
  const open = useUi((state) => state.openPanels.includes(id))
  return (
    <button
      type="button"
      className={`btn btn-quiet panel-toggle${open ? ' is-open' : ''}`}
      aria-expanded={open}
      aria-controls={panelDomId(id)}
      title={title}
      onClick={() => ui.getState().togglePanel(id)}
      data-testid={testId}
    >
      <Icon name={icon} size={18} />
      <span className="panel-toggle-label">{label}</span>
    </button>
  )
}
