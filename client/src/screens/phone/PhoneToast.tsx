import { useEffect, useState } from 'react'

/** How long a toast stays, unless a finger or the keyboard is on it. */
const SHOW_MS = 8000

export interface Toast {
  readonly message: string
  /** One button beside the message, e.g. "Undo". */
  readonly action?: { readonly label: string; readonly run: () => void; readonly testId: string }
}

interface PhoneToastProps {
  readonly toast: Toast | null
  /** The toast has gone, by its timer or its action; keep it stable, or the timer restarts. */
  readonly onDone: () => void
}

/**
 * A message at the foot of the phone, above the thumb, with one action at most. Its region is
 * always in the page, so a screen reader hears each message as it arrives. The timer pauses
 * while focus or a finger is on it: a toast must not vanish under someone about to press it.
 */
export function PhoneToast({ toast, onDone }: PhoneToastProps) {
  const [held, setHeld] = useState(false)

  useEffect(() => {
    if (!toast || held) return
    const timer = setTimeout(onDone, SHOW_MS)
    return () => clearTimeout(timer)
  }, [toast, held, onDone])

  return (
    <div
      className="phone-toast-region"
      role="status"
      // Held for keyboard focus only: after a tap, focus lands on "Undo" too, and the toast must
      // still go away by itself.
      onFocus={(event) => setHeld(event.target.matches(':focus-visible'))}
      onBlur={() => setHeld(false)}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
    >
      {toast && (
        <div className="phone-toast" data-testid="phone-toast">
          <span className="phone-toast-message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="phone-toast-action"
              onClick={() => {
                toast.action?.run()
                setHeld(false)
                onDone()
              }}
              data-testid={toast.action.testId}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
