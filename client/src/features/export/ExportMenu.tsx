import { useCallback, useId, useRef, useState, type ReactNode } from 'react'
import { Icon } from '../../ui/Icon'
import { useDismiss } from '../../ui/useDismiss'
import { ExportPanel } from './ExportPanel'
import './export.css'

/** The Export button in the top bar and its menu; the same for every participant. `footer` ends the menu. */
export function ExportMenu({ footer }: { footer?: ReactNode }) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const close = useCallback(() => setOpen(false), [])
  useDismiss(rootRef, open, close)
  return (
    <div className="export" ref={rootRef}>
      <button
        type="button"
        className="btn btn-quiet export-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="export-button"
      >
        Export
        <Icon name="chevronDown" size={16} />
      </button>
      {open && <ExportPanel id={panelId} footer={footer} />}
    </div>
  )
}
