import { useMemo, type ReactNode, type Ref } from 'react'
import { isHiddenFrom, tallyVotes, type ItemId, type VoteSession } from '@coboard/shared'
import { useBoardState } from '../../adapters/useBoard'
import { Icon } from '../../ui/Icon'
import { useViewerId } from '../../adapters/useIsHidden'
import { itemLabel, kindName } from './itemLabel'
import { ResultTotals } from './ResultTotals'
import { RoleResults } from './RoleResults'
import './results.css'

/** A card as the results name it. */
export interface ResultLabel {
  readonly text: string
  readonly kind: string
}

interface VoteResultsProps {
  readonly session: VoteSession
  /** Ends the header: the laptop's close button; the projector has none. */
  readonly headerEnd?: ReactNode
  readonly testId: string
  /** `dialog` where it sits over the board, `region` where it takes the board's place. */
  readonly role: 'dialog' | 'region'
  /** The `<dialog>` element, for its opener to show it modal (role `dialog` only). */
  readonly dialogRef?: Ref<HTMLDialogElement>
  /** The dialog was closed by Escape or by the browser (role `dialog` only). */
  readonly onDismiss?: () => void
}

/**
 * What the room chose, split by side: what the sides agree on first (the shared priorities),
 * then the overall totals with each card's dots by side, then each side's own top three.
 */
export function VoteResults(props: VoteResultsProps) {
  const { session, headerEnd, testId, role, dialogRef, onDismiss } = props
  const board = useBoardState((state) => state.board)
  const viewer = useViewerId()
  const results = useMemo(() => tallyVotes(board, session), [board, session])

  const label = (id: ItemId): ResultLabel => {
    const item = board.items.get(id)
    if (!item) return { text: 'A card since removed', kind: 'Removed' }
    return { text: itemLabel(item, isHiddenFrom(item, viewer, board.stages)), kind: kindName(item) }
  }
  const dotsOn = (id: ItemId) => results.items.find((tally) => tally.itemId === id)?.total ?? 0
  const voters = results.roles.reduce((sum, role) => sum + role.voters, 0)
  const dots = results.roles.reduce((sum, role) => sum + role.dots, 0)

  const content = (
    <>
      <header className="results-header">
        <div>
          <p className="results-eyebrow">Dot vote results</p>
          <h2 id={`${testId}-title`} data-testid={`${testId}-title`} tabIndex={-1}>
            What the room chose
          </h2>
          <p className="results-sub">
            {session.budget} {session.budget === 1 ? 'dot' : 'dots'} each, the same for every side ·{' '}
            {voters} {voters === 1 ? 'person' : 'people'} voted · {dots}{' '}
            {dots === 1 ? 'dot' : 'dots'} placed
          </p>
        </div>
        {headerEnd}
      </header>
      {dots === 0 ? (
        <p className="results-empty">Nobody placed a dot in this vote.</p>
      ) : (
        <div className="results-body">
          <div className="results-column">
            <section className="results-agree" data-testid="results-agree">
              <h3>What the sides agree on</h3>
              {results.sharedPriorities.length > 0 ? (
                <ul>
                  {results.sharedPriorities.map((id) => (
                    <li key={id}>
                      <Icon name="check" size={18} />
                      <span>
                        {label(id).text}{' '}
                        <span className="results-agree-count">
                          {dotsOn(id)} dots, in every side’s top three
                        </span>
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>
                  {results.roles.length > 1
                    ? 'No card is in every side’s top three. Each side’s picks below show where they differ.'
                    : 'Only one side voted, so there is nothing to compare yet.'}
                </p>
              )}
            </section>
            <ResultTotals results={results} label={label} />
          </div>
          <RoleResults results={results} label={label} />
        </div>
      )}
    </>
  )
  if (role === 'region') {
    return (
      <section
        className="results"
        role="region"
        aria-labelledby={`${testId}-title`}
        data-testid={testId}
      >
        {content}
      </section>
    )
  }
  return (
    <dialog
      ref={dialogRef}
      className="results results-dialog"
      aria-labelledby={`${testId}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onDismiss?.()
      }}
      // Only a close that stuck: the opener's own close and reopen (an effect run again) fires
      // this event too, after the dialog is open again.
      onClose={(event) => !event.currentTarget.open && onDismiss?.()}
      data-testid={testId}
    >
      {content}
    </dialog>
  )
}
