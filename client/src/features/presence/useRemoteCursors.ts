import { useMemo } from 'react'
import type { ParticipantId, RoleId } from '@coboard/shared'
import { useParticipants, usePeers } from '../../adapters/useBoard'
import { useUi } from '../../adapters/useUi'

/** Someone else's pointer on the board, in board coordinates. */
export interface RemoteCursor {
  readonly clientId: number
  readonly x: number
  readonly y: number
  readonly name: string
  readonly role: RoleId
}

/**
 * The pointers of everyone else who has joined. This device's own other tabs are left out (the
 * same person twice is noise), and so is anyone who has not picked a side yet.
 */
export function useRemoteCursors(): readonly RemoteCursor[] {
  const peers = usePeers()
  const roster = useParticipants()
  const me = useUi((state) => state.me.participantId)
  return useMemo(() => {
    const cursors: RemoteCursor[] = []
    for (const [clientId, peer] of peers) {
      const user = peer.user
      if (!peer.cursor || !user || user.participantId === (me as ParticipantId)) continue
      const entry = roster.get(user.participantId)
      const role = entry?.role ?? user.role
      if (!role) continue
      cursors.push({ clientId, ...peer.cursor, name: entry?.name ?? user.name, role })
    }
    return cursors
  }, [peers, roster, me])
}
