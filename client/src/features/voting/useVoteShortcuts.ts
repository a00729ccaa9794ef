import { useEffect } from 'react'
import { myVotes, type VoteSession } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { isTypingTarget } from '../../ui/domTargets'
import { itemLabel } from './itemLabel'
import { useDotActions } from '../../ui/dots/useDotActions'

/**
 * The keyboard path to voting: with a card selected, V places a dot on it and Shift+V takes one
 * back. Only while a vote is open, never while typing.
 */
export function useVoteShortcuts(session: VoteSession | null) {
  const { board, ui, readOnly } = useBoardSession()
  const dots = useDotActions()
  const open = session?.status === 'open' && !readOnly
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      if (event.ctrlKey || event.metaKey || event.altKey || event.code !== 'KeyV') return
      const { selectedId, editingId, me } = ui.getState()
      const { items, votes } = board.getState().board
      const item = selectedId ? items.get(selectedId) : undefined
      if (!session || !item || editingId) return
      event.preventDefault()
      const left = session.budget - myVotes(votes, session, me.participantId).length
      const label = itemLabel(item, false)
      if (event.shiftKey) dots.takeBack(item.id, label, left + 1)
      else dots.place(item.id, label, left - 1)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open, session, board, dots, ui])
}
