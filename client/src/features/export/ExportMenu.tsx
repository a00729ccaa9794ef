import { type ReactNode } from 'react'
import { Icon } from '../../ui/Icon'
import { usePopover } from '../../ui/usePopover'
import { Deferred, PartLoading } from '../../ui/deferred/Deferred'
import { lazyNamed } from '../../ui/deferred/lazyNamed'
import './export.css'

// The panel, the renderers of every format and the PNG drawing arrive on the first click.
const ExportPanel = lazyNamed(() => import('./ExportPanel').then((chunk) => chunk.ExportPanel))

/** The Export button in the top bar and its menu; the same for every participant. `footer` ends the menu. */
export function ExportMenu({ footer }: { footer?: ReactNode }) {
  const { open, rootRef, panelId, triggerProps } = usePopover()
  return (
    <div className="export" ref={rootRef}>
      <button
        type="button"
        className="btn btn-quiet export-button"
        {...triggerProps}
        data-testid="export-button"
      >
        Export
        <Icon name="chevronDown" size={16} />
      </button>
      {open && (
        <Deferred
          fallback={
            <div className="export-panel" id={panelId}>
              <PartLoading label="Opening the export menu…" />
            </div>
          }
        >
          <ExportPanel id={panelId} footer={footer} />
        </Deferred>
      )}
    </div>
  )
}
