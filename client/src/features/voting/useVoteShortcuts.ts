import { useEffect } from 'react'
import type { VoteSession } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { isTypingTarget } from '../../ui/domTargets'

/**
 * The keyboard path to voting: with a card selected, V places a dot on it and Shift+V takes one
 * back. Only while a vote is open, never while typing.
 */
export function useVoteShortcuts(session: VoteSession | null) {
  const { facilitation, ui, readOnly } = useBoardSession()
  const open = session?.status === 'open' && !readOnly
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      if (event.ctrlKey || event.metaKey || event.altKey || event.code !== 'KeyV') return
      const { selectedId, editingId } = ui.getState()
      if (!selectedId || editingId) return
      event.preventDefault()
      if (event.shiftKey) facilitation.removeVote(selectedId)
      else facilitation.castVote(selectedId)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open, facilitation, ui])
}
