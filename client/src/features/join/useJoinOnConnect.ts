import { useEffect } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useConnection } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'

/**
 * Keeps this device on the board's roster and in everyone's presence list. The roster entry is
 * written on every connect (not only the first), after the board has synced: writing it before
 * would create a second entry that races the server's copy.
 */
export function useJoinOnConnect() {
  const { actions, presence, readOnly } = useBoardSession()
  const live = useConnection().kind === 'live'
  const me = useUi((state) => state.me)
  const hasJoined = useUi((state) => state.hasJoined)

  useEffect(() => {
    if (readOnly || !hasJoined) return
    presence.setUser({ participantId: me.participantId, name: me.name, role: me.role })
    if (live) actions.join()
  }, [readOnly, hasJoined, live, me, actions, presence])
}
