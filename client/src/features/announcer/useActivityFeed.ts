import { useEffect, useState } from 'react'
import {
  isHiddenFrom,
  type BoardSnapshot,
  type ItemId,
  type ParticipantId,
  type PresenceState,
} from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { watchRemoteItems } from '../../core/sync/remoteChanges'
import { roleLabel } from '../../ui/voices/roleColors'
import { composeAnnouncement, type Activity } from './compose'
import { hatChanges, stanceChanges } from './boardChanges'
import type { Announcement } from '../../adapters/announce'

/** How long activity is gathered before it is spoken: long enough to merge a burst. */
const BATCH_MS = 1500

const peopleHere = (peers: ReadonlyMap<number, PresenceState>, me: ParticipantId) => {
  const ids = new Set<ParticipantId>()
  for (const peer of peers.values()) {
    const id = peer.user?.participantId
    if (id && id !== me && peer.user?.role) ids.add(id)
  }
  return ids
}

/** A sentence to speak; `seq` tells two identical sentences apart. */
const nameOf = (board: BoardSnapshot, id: ParticipantId) => board.participants.get(id)?.name ?? ''

/**
 * What others are doing, as one polite sentence every so often: notes added and removed by
 * other people (never this device's own), stage changes, reveals, votes, the hat taken or
 * passed, concerns and objections on outcomes, people arriving and leaving. Returns the latest sentence, numbered so that the same words twice still count.
 */
export function useActivityFeed(): Announcement {
  const { board, connection, ui } = useBoardSession()
  const [message, setMessage] = useState<Announcement>({ text: '', seq: 0 })

  useEffect(() => {
    let batch: Activity[] = []
    let addedIds: ItemId[] = []
    let timer: ReturnType<typeof setTimeout> | undefined
    const me = () => ui.getState().me.participantId

    const flush = () => {
      timer = undefined
      const { board: snapshot } = board.getState()
      for (const id of addedIds) {
        const item = snapshot.items.get(id)
        if (!item) continue
        const hidden = isHiddenFrom(item, me(), snapshot.stages)
        // A face-down note's author is hidden too: the room only learns that someone wrote.
        const by = hidden ? '' : nameOf(snapshot, item.authorId)
        batch.push({ type: 'added', by, kind: item.kind, private: hidden })
      }
      const text = composeAnnouncement(batch)
      batch = []
      addedIds = []
      if (text) setMessage((last) => ({ text, seq: last.seq + 1 }))
    }
    const queue = (activity?: Activity) => {
      if (!board.getState().loaded) return
      if (activity) batch.push(activity)
      timer ??= setTimeout(flush, BATCH_MS)
    }

    const stopItems = watchRemoteItems(connection, ({ added, removed }) => {
      if (!board.getState().loaded) return
      addedIds.push(...added)
      // The store still holds the removed items until its next frame: read their kind now.
      for (const id of removed) {
        const kind = board.getState().board.items.get(id)?.kind
        if (kind) batch.push({ type: 'removed', kind })
      }
      queue()
    })

    let here = peopleHere(board.presence.getState().peers, me())
    const stopPresence = board.presence.subscribe(({ peers }, previous) => {
      if (peers === previous.peers) return
      const now = peopleHere(peers, me())
      const { loaded, board: snapshot } = board.getState()
      if (loaded) {
        for (const id of now) {
          if (here.has(id)) continue
          const role = snapshot.participants.get(id)?.role ?? ''
          const label = role ? roleLabel(role, snapshot.meta.roles) : ''
          queue({ type: 'joined', name: nameOf(snapshot, id), role: label })
        }
        for (const id of here) if (!now.has(id)) queue({ type: 'left', name: nameOf(snapshot, id) })
      }
      here = now
    })
    const stopStore = board.subscribe((state, previous) => {
      if (!state.loaded || !previous.loaded) {
        here = peopleHere(board.presence.getState().peers, me())
        return
      }
      const { meta, stages } = state.board
      if (meta.currentStageId !== previous.board.meta.currentStageId && meta.currentStageId) {
        const index = stages.findIndex((stage) => stage.id === meta.currentStageId)
        if (index >= 0) {
          queue({ type: 'stage', title: stages[index].title, index, count: stages.length })
        }
      }
      for (const stage of stages) {
        const before = previous.board.stages.find((s) => s.id === stage.id)
        if (stage.private && stage.revealed && before && !before.revealed) {
          queue({ type: 'stage-revealed', title: stage.title })
        }
      }
      for (const activity of hatChanges(state.board, previous.board, me())) queue(activity)
      for (const activity of stanceChanges(state.board, previous.board, me())) queue(activity)
      const vote = meta.vote
      const lastVote = previous.board.meta.vote
      if (
        vote &&
        vote.status === 'open' &&
        (lastVote?.id !== vote.id || lastVote.status !== 'open')
      ) {
        queue({ type: 'vote-open', budget: vote.budget })
      } else if (vote?.status === 'revealed' && lastVote?.status !== 'revealed') {
        queue({ type: 'vote-revealed' })
      }
    })

    return () => {
      clearTimeout(timer)
      stopItems()
      stopStore()
      stopPresence()
    }
  }, [board, connection, ui])

  return message
}
