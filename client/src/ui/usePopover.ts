import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useDismiss } from './useDismiss'

/**
 * A button that opens a panel below it, as menus behave everywhere: the panel's open state, its
 * id, the root to put `rootRef` on (a press outside it or Escape closes the panel, useDismiss),
 * and the props that make the trigger button open it and say so to assistive technology. When
 * the panel closes with the focus inside it (Escape, or an action that closes it), the focus
 * goes back to the trigger instead of dropping to the page body.
 */
export function usePopover() {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const close = useCallback(() => setOpen(false), [])
  useDismiss(rootRef, open, close)
  const wasOpen = useRef(false)
  useEffect(() => {
    // Only on closing: a closed popover on mount must not pull the focus to its trigger.
    if (open || !wasOpen.current) return void (wasOpen.current = open)
    wasOpen.current = false
    const active = document.activeElement
    const lost = !active || active === document.body || !active.isConnected
    if (lost || rootRef.current?.contains(active)) triggerRef.current?.focus()
  }, [open])
  const triggerProps = {
    ref: triggerRef,
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen((value) => !value),
  }
  return { open, close, rootRef, panelId, triggerProps }
}
