import { useMemo } from 'react'
import type { ParticipantId, RoleId } from '@coboard/shared'
import { useBoardSession } from './BoardProvider'
import { useParticipants, usePeers } from './useBoard'
import { useUi } from './useUi'

/** Someone with the board open right now. */
export interface PersonHere {
  readonly participantId: ParticipantId
  readonly name: string
  readonly role: RoleId
  readonly isMe: boolean
}

/**
 * Everyone connected, once each even with several tabs open, with this device first. Names and
 * roles come from the roster when present (the server keeps awareness honest from it too).
 */
export function usePeopleHere(): readonly PersonHere[] {
  const { readOnly } = useBoardSession()
  const peers = usePeers()
  const roster = useParticipants()
  const me = useUi((state) => state.me)
  const hasJoined = useUi((state) => state.hasJoined)

  return useMemo(() => {
    const people = new Map<ParticipantId, PersonHere>()
    if (!readOnly && hasJoined) people.set(me.participantId, { ...me, isMe: true })
    for (const peer of peers.values()) {
      const user = peer.user
      if (!user || people.has(user.participantId)) continue
      const entry = roster.get(user.participantId)
      people.set(user.participantId, {
        participantId: user.participantId,
        name: entry?.name ?? user.name,
        role: entry?.role ?? user.role,
        isMe: false,
      })
    }
    return [...people.values()]
  }, [peers, roster, me, hasJoined, readOnly])
}
