import { Icon } from './Icon'

interface CloseButtonProps {
  /** What it closes, in words: the button's accessible name. */
  readonly label: string
  readonly onClick: () => void
  /** Replaces the quiet icon-button look, for surfaces with their own (the notice). */
  readonly className?: string
  readonly title?: string
  readonly iconSize?: number
  readonly testId?: string
}

/** The × that closes a panel, dialog or notice. */
export function CloseButton({
  label,
  onClick,
  className = 'btn btn-quiet btn-icon',
  title,
  iconSize = 20,
  testId,
}: CloseButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      title={title}
      onClick={onClick}
      data-testid={testId}
    >
      <Icon name="close" size={iconSize} />
    </button>
  )
}
