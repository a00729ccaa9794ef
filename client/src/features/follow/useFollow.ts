import { useEffect } from 'react'
import type { PresenceViewport } from '@coboard/shared'
import { useBoardSession } from '../../adapters/BoardProvider'
import { usePresence } from '../../adapters/useBoard'
import { centreOn } from '../../core/state/viewport'
import { animateViewport, isAnimatedViewport } from './animateViewport'
import { useUi } from '../../adapters/useUi'

/** Each update from the person followed eases in over this long, about one update interval. */
const GLIDE_MS = 180

/**
 * While following someone, keeps this camera on their view. Following stops when they leave,
 * on Escape, or as soon as this person pans or zooms themselves: their hands win.
 */
export function useFollow() {
  const { ui } = useBoardSession()
  const following = useUi((state) => state.following)
  const key = usePresence((state) => {
    if (!following) return null
    let here = false
    for (const peer of state.peers.values()) {
      if (peer.user?.participantId !== following) continue
      if (!peer.viewport) here = true
      else return `${peer.viewport.x},${peer.viewport.y},${peer.viewport.zoom}`
    }
    // Someone who has just joined may not have said where they look yet: wait for them.
    return here ? 'waiting' : 'gone'
  })

  useEffect(() => {
    if (!following || key === null || key === 'waiting') return
    if (key === 'gone') {
      ui.getState().follow(null)
      return
    }
    const [x, y, zoom] = key.split(',').map(Number)
    const target: PresenceViewport = { x, y, zoom }
    return animateViewport(ui, centreOn(target.x, target.y, ui.getState().screen, zoom), GLIDE_MS)
  }, [following, key, ui])

  useEffect(() => {
    if (!following) return
    const stopOnOwnMove = ui.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport && !isAnimatedViewport(state.viewport)) {
        ui.getState().follow(null)
      }
    })
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') ui.getState().follow(null)
    }
    // Capture phase: the banner promises "Esc to stop", even while a menu is open and takes the key.
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => {
      stopOnOwnMove()
      window.removeEventListener('keydown', onKeyDown, { capture: true })
    }
  }, [following, ui])
}
