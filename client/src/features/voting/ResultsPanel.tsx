import { useEffect, useRef, useState } from 'react'
import type { VoteSession } from '@coboard/shared'
import { CloseButton } from '../../ui/CloseButton'
import { wrapTab } from '../../ui/tabbables'
import { useUi, useUiStore } from '../../adapters/useUi'
import { useVoteSession } from './useVote'
import { VoteResults } from './VoteResults'

/** Where the focus goes when the results close and what had it is gone (the Reveal button). */
const SHOW_RESULTS = '[data-testid="show-results"]'

/**
 * The results of a revealed dot vote, open on every screen until each person closes them. They
 * are a modal dialog when they open in front of this person (the reveal, or Show results); a vote
 * already revealed when the board loaded shows its results without a modal, so someone opening a
 * finished board (to export it, say) is not stopped, until they close and reopen them.
 */
export function ResultsPanel() {
  const session = useVoteSession()
  const closed = useUi((state) => !!session && state.closedResultsId === session.id)
  const [revealedAtLoad, setRevealedAtLoad] = useState(() =>
    session?.status === 'revealed' ? session.id : null,
  )
  if (!session || session.status !== 'revealed' || closed) return null
  return (
    <ClosableResults
      session={session}
      modal={session.id !== revealedAtLoad}
      onClosed={() => setRevealedAtLoad(null)}
    />
  )
}

interface ClosableResultsProps {
  readonly session: VoteSession
  readonly modal: boolean
  readonly onClosed: () => void
}

/**
 * The results over the board, closed with their button or Escape, for this person only. Modal,
 * the focus goes to their heading and stays inside (the board behind is inert, so nothing hidden
 * under them takes a Tab); either way it goes back where it was when they close.
 */
function ClosableResults({ session, modal, onClosed }: ClosableResultsProps) {
  const ui = useUiStore()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const close = () => {
    onClosed()
    ui.getState().closeResults(session.id)
  }

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const before = document.activeElement
    const onKeyDown = (event: KeyboardEvent) => wrapTab(event, dialog)
    // A dialog shown without a modal has no Escape of its own.
    const onEscape = (event: KeyboardEvent) => event.key === 'Escape' && close()
    if (modal) {
      if (!dialog.open) dialog.showModal()
      dialog.querySelector<HTMLElement>('h2')?.focus()
      dialog.addEventListener('keydown', onKeyDown)
    } else {
      if (!dialog.open) dialog.show()
      window.addEventListener('keydown', onEscape)
    }
    return () => {
      dialog.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keydown', onEscape)
      dialog.close()
      // Only focus that went with the dialog comes back; closed by a new vote, say, while the
      // person was elsewhere, it leaves their focus alone.
      const active = document.activeElement
      if (active && active !== document.body && active.isConnected) return
      const back =
        before instanceof HTMLElement && before !== document.body && before.isConnected
          ? before
          : document.querySelector<HTMLElement>(SHOW_RESULTS)
      back?.focus()
    }
    // Once per opening: whether it is modal is fixed for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
