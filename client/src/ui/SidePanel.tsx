import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { CloseButton } from './CloseButton'
import { isTypingTarget } from './domTargets'
import { panelDomId, type PanelId } from '../core/state/panelsSlice'
import { useUi, useUiStore } from '../adapters/useUi'
import './sidePanel.css'

interface SidePanelProps {
  readonly id: PanelId
  readonly title: string
  /** A line under the title, e.g. "2 of 3 agreed by all". */
  readonly summary?: ReactNode
  /** Buttons beside the title, e.g. "Add outcome". */
  readonly actions?: ReactNode
  readonly width: 'wide' | 'narrow'
  readonly children: ReactNode
}

/**
 * The shell of a panel docked beside the board (put it inside a SideDock): a titled landmark
 * that takes focus when opened, closes with its button or Escape, and gives focus back to the
 * toggle that opened it. Renders nothing while closed.
 */
export function SidePanel(props: SidePanelProps) {
  const open = useUi((state) => state.openPanels.includes(props.id))
  return open ? <OpenPanel {...props} /> : null
}

function OpenPanel({ id, title, summary, actions, width, children }: SidePanelProps) {
  const ui = useUiStore()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const domId = panelDomId(id)

  // Opening is always someone's deliberate act, so the panel may take focus at once.
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), [])

  const close = () => {
    ui.getState().closePanel(id)
    document.querySelector<HTMLElement>(`[aria-controls="${domId}"]`)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // The panel is its own place: board shortcuts (N, Delete) must not act on the canvas behind.
    event.stopPropagation()
    if (event.key === 'Escape' && !isTypingTarget(event.target)) close()
  }

  return (
    <aside
      id={domId}
      className={`side-panel side-panel-${width}`}
      aria-labelledby={`${domId}-title`}
      onKeyDown={onKeyDown}
      data-testid={domId}
    >
      <header className="side-panel-header">
        <div className="side-panel-heading">
          <h2 id={`${domId}-title`} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {summary && <div className="side-panel-summary">{summary}</div>}
        </div>
        {actions}
        <CloseButton
          className="btn btn-quiet btn-icon side-panel-close"
          label={`Close ${title}`}
          title="Close (Esc)"
          onClick={close}
        />
      </header>
      <div className="side-panel-body">{children}</div>
    </aside>
  )
}
