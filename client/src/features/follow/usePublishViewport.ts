import { useEffect } from 'react'
import { useBoardSession } from '../../adapters/BoardProvider'
import { screenCentre } from '../../canvas/camera'

/**
 * Tells the others what this screen is looking at (board centre and zoom), so they can follow.
 * The centre, not the corner: screens differ in size, and a follower should see the same middle.
 */
export function usePublishViewport() {
  const { ui, facilitation, readOnly } = useBoardSession()
  useEffect(() => {
    if (readOnly) return
    const publish = () =>
      facilitation.publishViewport({ ...screenCentre(ui), zoom: ui.getState().viewport.zoom })
    publish()
    return ui.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport || state.screen !== previous.screen) publish()
    })
  }, [ui, facilitation, readOnly])
}
