import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'

/** What a brand-new board says, so the first person knows how to start. */
export function EmptyHint() {
  const { readOnly } = useBoardSession()
  const isEmpty = useBoardState((state) => state.loaded && state.board.items.size === 0)
  if (!isEmpty) return null
  return (
    <div className="board-empty" data-testid="empty-hint">
      <span className="board-empty-icon" aria-hidden="true">
        <Icon name="note" size={28} />
      </span>
      {readOnly ? (
        <p>Notes will appear here as people add them.</p>
      ) : (
        <p>
          Double-click anywhere or press <kbd>N</kbd> to add a note
        </p>
      )}
    </div>
  )
}
