import { useLayoutEffect, type RefObject } from 'react'
import type { UiStore } from '../core/state/uiStore'
import type { Viewport } from '../core/state/viewport'

const DOT_SPACING = 24

/**
 * Applies the camera to the DOM directly, outside React: panning changes the viewport on every
 * pointer move, and re-rendering the board for each would drop frames on a phone.
 */
export function useCameraStyle(
  ui: UiStore,
  canvasRef: RefObject<HTMLElement | null>,
  worldRef: RefObject<HTMLElement | null>,
) {
  useLayoutEffect(() => {
    const apply = (viewport: Viewport) => {
      const { x, y, zoom } = viewport
      if (worldRef.current) {
        worldRef.current.style.transform = `scale(${zoom}) translate(${-x}px, ${-y}px)`
      }
      const canvas = canvasRef.current
      if (canvas) {
        // Keep the dots between 12 and 48 screen pixels apart at any zoom, like squared paper.
        let spacing = DOT_SPACING * zoom
        while (spacing < 12) spacing *= 2
        while (spacing > 48) spacing /= 2
        canvas.style.backgroundSize = `${spacing}px ${spacing}px`
        canvas.style.backgroundPosition = `${-x * zoom}px ${-y * zoom}px`
      }
    }
    apply(ui.getState().viewport)
    return ui.subscribe((state, previous) => {
      if (state.viewport !== previous.viewport) apply(state.viewport)
    })
  }, [ui, canvasRef, worldRef])
}
