import { useBoardSession } from '../../adapters/BoardProvider'
import { Icon } from '../../ui/Icon'
import { useUndoState } from './useUndoState'
import './undo.css'

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = IS_MAC ? '⌘' : 'Ctrl+'

/**
 * Undo and redo of this device's own changes. Disabled (not hidden) when there is nothing to
 * undo, so the controls never jump around; the shortcut is in the tooltip and aria-keyshortcuts.
 */
export function UndoButtons() {
  const { undo } = useBoardSession()
  const canUndo = useUndoState((state) => state.canUndo)
  const canRedo = useUndoState((state) => state.canRedo)
  return (
    <div className="undo-controls" role="group" aria-label="History">
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        onClick={undo.undo}
        disabled={!canUndo}
        aria-label="Undo my last change"
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`Undo my last change (${MOD}Z)`}
        data-testid="undo"
      >
        <Icon name="undo" size={18} />
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-icon"
        onClick={undo.redo}
        disabled={!canRedo}
        aria-label="Redo"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={`Redo (${MOD}Shift+Z)`}
        data-testid="redo"
      >
        <Icon name="redo" size={18} />
      </button>
    </div>
  )
}
