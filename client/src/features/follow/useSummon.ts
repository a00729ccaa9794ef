import { useEffect, useRef } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { useBoardState, useLoaded } from '../../adapters/useBoard'
import { centreOn } from '../../core/state/viewport'
import { animateViewport } from './animateViewport'

const SUMMON_GLIDE_MS = 700

/**
 * "Bring everyone here": glides this camera to a facilitator's view once per summon. The summon
 * already in the board when this screen first loaded is history, not a request, so it is skipped;
 * comparing with that (rather than with clocks) is immune to devices whose clocks disagree.
 */
export function useSummon() {
  const { ui, board, readOnly } = useBoardSession()
  const loaded = useLoaded()
  // Select the time, not the object: other settings changing must not restart the glide.
  const summonAt = useBoardState((state) => state.board.meta.summon?.at ?? null)
  const handled = useRef<number | null | undefined>(undefined)

  useEffect(() => {
    if (!loaded) return
    if (handled.current === undefined) {
      handled.current = summonAt
      return
    }
    const summon = board.getState().board.meta.summon
    if (!summon || summonAt === handled.current) return
    handled.current = summonAt
    if (summon.by === ui.getState().me.participantId && !readOnly) return
    ui.getState().follow(null)
    // Said, not only done: a view that moves by itself is otherwise a mystery (and invisible to
    // a screen reader); the toast is a polite live region.
    const name = board.getState().board.participants.get(summon.by)?.name || 'The facilitator'
    ui.getState().showNotice({
      id: Date.now(),
      tone: 'info',
      text: `${name} brought everyone to the same view.`,
    })
    return animateViewport(
      ui,
      centreOn(summon.x, summon.y, ui.getState().screen, summon.zoom),
      SUMMON_GLIDE_MS,
    )
  }, [loaded, summonAt, board, readOnly, ui])
}
