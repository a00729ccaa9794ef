import { chooseLayout } from '../adapters/usePhoneLayout'
import { Icon } from './Icon'

const TARGETS = {
  phone: { icon: 'phone', label: 'Phone view', testId: 'open-phone-view' },
  full: { icon: 'board', label: 'Open full board', testId: 'open-full-board' },
} as const

/** Switches this tab between the phone view and the full board, both ways. */
export function LayoutSwitch({ to, className }: { to: 'phone' | 'full'; className: string }) {
  const { icon, label, testId } = TARGETS[to]
  return (
    <button
      type="button"
      className={`btn ${className}`}
      onClick={() => chooseLayout(to)}
      data-testid={testId}
    >
      <Icon name={icon} size={18} />
      {label}
    </button>
  )
}
