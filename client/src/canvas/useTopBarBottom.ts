import { useLayoutEffect, type RefObject } from 'react'

/**
 * Publishes where the top bar ends, as `--topbar-bottom` (px) on the board around it, so the
 * panels that float below it (the stage bar) sit under it however many rows it wraps onto.
 */
export function useTopBarBottom(topBar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const bar = topBar.current
    const board = bar?.closest<HTMLElement>('.board')
    if (!bar || !board) return
    const publish = () =>
      board.style.setProperty(
        '--topbar-bottom',
        `${Math.ceil(bar.getBoundingClientRect().bottom)}px`,
      )
    publish()
    const observer = new ResizeObserver(publish)
    observer.observe(bar)
    return () => {
      observer.disconnect()
      board.style.removeProperty('--topbar-bottom')
    }
  }, [topBar])
}
