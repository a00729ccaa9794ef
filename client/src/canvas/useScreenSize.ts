import { useLayoutEffect, type RefObject } from 'react'
import type { UiStore } from '../core/state/uiStore'

/** Keeps the UI store's `screen` equal to the canvas' size, for culling, fitting and placing. */
export function useScreenSize(ui: UiStore, ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const { width, height } = element.getBoundingClientRect()
      const { screen, setScreen } = ui.getState()
      if (width !== screen.width || height !== screen.height) setScreen({ width, height })
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ui, ref])
}
