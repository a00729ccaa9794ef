import { useLayoutEffect } from 'react'

/**
 * Keeps a docked side panel from sliding under the stage bar, which floats over the top of the
 * board (stages/StageBar) and grows when it shows strips (private writing, a vote). The panel's
 * top margin follows the bar's real bottom, measured, because its height changes with the stage.
 */
export function useClearOfStageBar(panelDomId: string) {
  useLayoutEffect(() => {
    const panel = document.getElementById(panelDomId)
    const bar = document.querySelector<HTMLElement>('.stagebar')
    if (!panel || !bar) return
    const place = () => {
      panel.style.marginTop = ''
      const ours = panel.getBoundingClientRect()
      const theirs = bar.getBoundingClientRect()
      const overlaps =
        theirs.left < ours.right && ours.left < theirs.right && theirs.bottom > ours.top
      if (overlaps) panel.style.marginTop = `${Math.ceil(theirs.bottom - ours.top + 8)}px`
    }
    place()
    const observer = new ResizeObserver(place)
    observer.observe(bar)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [panelDomId])
}
