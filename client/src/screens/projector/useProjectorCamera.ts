import { useEffect, useState } from 'react'
import {
  contentBounds,
  isHiddenFrom,
  type BoardSnapshot,
  type ParticipantId,
} from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { fitForProjector, isWorthMoving, summonedView } from './projectorCamera'

/** How long the projector keeps showing what a facilitator summoned before it fits again. */
const SUMMON_HOLD_MS = 2 * 60_000

/**
 * What the wall frames: the current stage's items when it has any (what the room is working on,
 * as large as it fits), otherwise everything. Private notes not yet revealed never count.
 */
export function projectorBounds(board: BoardSnapshot) {
  const shown = [...board.items.values()].filter((item) => !isHiddenFrom(item, null, board.stages))
  const stageId = board.meta.currentStageId
  const now = stageId ? shown.filter((item) => item.stageId === stageId) : []
  return contentBounds(now.length > 0 ? now : shown)
}

/**
 * Steers the projector's camera: it keeps what the room is working on in view as the board
 * grows (re-fitting only when the change is worth it, and gliding there through a CSS
 * transition), and when a facilitator summons everyone it shows their view for a while.
 * Returns who is being followed, if anyone, and whether the first fit has happened (before it,
 * moves must not glide in from nowhere).
 *
 * Summons mean what they mean in follow/useSummon (the one present at load is history, not a
 * request), but the wall reads meta.summon itself: it must hold the summoned view for a while
 * and then go back to framing the work, which a laptop's one-off glide does not do.
 */
export function useProjectorCamera(): { following: ParticipantId | null; ready: boolean } {
  const { ui, board } = useBoardSession()
  const [following, setFollowing] = useState<ParticipantId | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let lastSummonAt: number | null = null
    let followUntil = 0
    let release: ReturnType<typeof setTimeout> | undefined
    let placed = false

    const update = () => {
      const { screen, viewport, setViewport } = ui.getState()
      const { board: snapshot, loaded } = board.getState()
      if (!loaded || screen.width < 2 || screen.height < 2) return
      const summon = snapshot.meta.summon
      // A summon older than this projector is history, not a request to follow now.
      if (lastSummonAt === null) lastSummonAt = summon?.at ?? 0
      if (summon && summon.at !== lastSummonAt) {
        lastSummonAt = summon.at
        followUntil = Date.now() + SUMMON_HOLD_MS
        setFollowing(summon.by)
        clearTimeout(release)
        release = setTimeout(() => {
          setFollowing(null)
          update()
        }, SUMMON_HOLD_MS)
      }
      const target =
        summon && Date.now() < followUntil
          ? summonedView(summon, screen)
          : fitForProjector(projectorBounds(snapshot), screen)
      if (!placed || isWorthMoving(viewport, target, screen)) setViewport(target)
      if (!placed) {
        placed = true
        // Let the first position paint before transitions are switched on.
        requestAnimationFrame(() => setReady(true))
      }
    }

    update()
    const stopBoard = board.subscribe((state, previous) => {
      if (state.board !== previous.board || state.loaded !== previous.loaded) update()
    })
    const stopUi = ui.subscribe((state, previous) => {
      if (state.screen !== previous.screen) update()
    })
    return () => {
      clearTimeout(release)
      stopBoard()
      stopUi()
    }
  }, [ui, board])

  return { following, ready }
}
