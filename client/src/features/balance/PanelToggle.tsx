import { Icon, type IconName } from '../../ui/Icon'
import { panelDomId, useIsPanelOpen, usePanelStore, type PanelId } from './panels'

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
  const store = usePanelStore()
  const open = useIsPanelOpen(id)
  return (
    <button
      type="button"
      className={`btn btn-quiet panel-toggle${open ? ' is-open' : ''}`}
      aria-expanded={open}
      aria-controls={panelDomId(id)}
      title={title}
      onClick={() => store.getState().toggle(id)}
      data-testid={testId}
    >
      <Icon name={icon} size={18} />
      <span className="panel-toggle-label">{label}</span>
    </button>
  )
}
