import { useEffect, useRef } from 'react'
import type { VoteSession } from '@coboard/shared'
import { CloseButton } from '../../ui/CloseButton'
import { wrapTab } from '../../ui/tabbables'
import { useUi, useUiStore } from '../../adapters/useUi'
import { useVoteSession } from './useVote'
import { VoteResults } from './VoteResults'

/** Where the focus goes when the results close and what had it is gone (the Reveal button). */
const SHOW_RESULTS = '[data-testid="show-results"]'

/** The results of a revealed dot vote, open on every screen until each person closes them. */
export function ResultsPanel() {
  const session = useVoteSession()
  const closed = useUi((state) => !!session && state.closedResultsId === session.id)
  if (!session || session.status !== 'revealed' || closed) return null
  return <ClosableResults session={session} />
}

/**
 * The results over the board as a modal dialog, closed with their button or Escape, for this
 * person only: the focus goes to their heading and stays inside (the board behind is inert, so
 * nothing hidden under them takes a Tab), and goes back where it was when they close.
 */
function ClosableResults({ session }: { session: VoteSession }) {
  const ui = useUiStore()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const close = () => ui.getState().closeResults(session.id)

  useEffect(() => {
    const dialog = dialogRef.current
    const before = document.activeElement
    if (dialog && !dialog.open) dialog.showModal()
    dialog?.querySelector<HTMLElement>('h2')?.focus()
    const onKeyDown = (event: KeyboardEvent) => dialog && wrapTab(event, dialog)
    dialog?.addEventListener('keydown', onKeyDown)
    return () => {
      dialog?.removeEventListener('keydown', onKeyDown)
      dialog?.close()
      const back =
        before instanceof HTMLElement && before !== document.body && before.isConnected
          ? before
          : document.querySelector<HTMLElement>(SHOW_RESULTS)
      back?.focus()
    }
  }, [])

  return (
    <VoteResults
      session={session}
      role="dialog"
      dialogRef={dialogRef}
      onDismiss={close}
      testId="vote-results"
      headerEnd={<CloseButton label="Close the results" onClick={close} />}
    />
  )
}
