import { useEffect } from 'react'
import type { VoteSession } from '@coboard/shared'
import { CloseButton } from '../../ui/CloseButton'
import { useUi, useUiStore } from '../../adapters/useUi'
import { useVoteSession } from './useVote'
import { VoteResults } from './VoteResults'

/** The results of a revealed dot vote, open on every screen until each person closes them. */
export function ResultsPanel() {
  const session = useVoteSession()
  const closed = useUi((state) => !!session && state.closedResultsId === session.id)
  if (!session || session.status !== 'revealed' || closed) return null
  return <ClosableResults session={session} />
}

/** The results over the board, closed with their button or Escape, for this person only. */
function ClosableResults({ session }: { session: VoteSession }) {
  const ui = useUiStore()
  const close = () => ui.getState().closeResults(session.id)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') ui.getState().closeResults(session.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [ui, session.id])

  return (
    <VoteResults
      session={session}
      role="dialog"
      testId="vote-results"
      headerEnd={<CloseButton label="Close the results" onClick={close} />}
    />
  )
}
