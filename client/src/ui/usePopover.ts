import { useCallback, useId, useRef, useState } from 'react'
import { useDismiss } from './useDismiss'

/**
 * A button that opens a panel below it, as menus behave everywhere: the panel's open state, its
 * id, the root to put `rootRef` on (a press outside it or Escape closes the panel, useDismiss),
 * and the props that make the trigger button open it and say so to assistive technology.
 */
export function usePopover() {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const close = useCallback(() => setOpen(false), [])
  useDismiss(rootRef, open, close)
  const triggerProps = {
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen((value) => !value),
  }
  return { open, close, rootRef, panelId, triggerProps }
}
