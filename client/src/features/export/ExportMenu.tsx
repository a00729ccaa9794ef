import { useCallback, useId, useRef, useState } from 'react'
import { Icon } from '../../ui/Icon'
import { useDismiss } from '../facilitation/useDismiss'
import { ExportPanel } from './ExportPanel'
import './export.css'

/** The Export button in the top bar and its menu; the same for every participant. */
export function ExportMenu() {
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
      {open && <ExportPanel id={panelId} />}
    </div>
  )
}
