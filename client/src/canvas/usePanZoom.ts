import { useEffect, type RefObject } from 'react'
import type { UiStore } from '../core/state/uiStore'
import { clampZoom, screenToBoard, zoomAround } from '../core/state/viewport'
import { isOnBoardObject } from '../ui/domTargets'

/**
 * Pan and zoom on the canvas: drag empty space, middle button or Space+drag to pan; wheel or
 * two-finger scroll to pan; Ctrl/⌘+wheel or a trackpad pinch (which browsers report as
 * Ctrl+wheel) to zoom at the pointer; two fingers on a touch screen to pinch and pan.
 */
export function usePanZoom(ui: UiStore, canvasRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pointers = new Map<number, { x: number; y: number }>()
    let spaceHeld = false
    let pinch: { distance: number; anchor: { x: number; y: number }; zoom: number } | null = null

    const local = (event: { clientX: number; clientY: number }) => {
      const rect = canvas.getBoundingClientRect()
      return { x: event.clientX - rect.left, y: event.clientY - rect.top }
    }
    const { setViewport } = ui.getState()

    const onWheel = (event: WheelEvent) => {
      // Non-passive so the page itself never scrolls or zooms under the board.
      event.preventDefault()
      const { viewport } = ui.getState()
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1
      if (event.ctrlKey || event.metaKey) {
        const delta = Math.max(-30, Math.min(30, event.deltaY * unit))
        const point = local(event)
        setViewport(zoomAround(viewport, viewport.zoom * Math.exp(-delta * 0.01), point.x, point.y))
        return
      }
      const horizontal = event.shiftKey && event.deltaX === 0
      const dx = (horizontal ? event.deltaY : event.deltaX) * unit
      const dy = (horizontal ? 0 : event.deltaY) * unit
      setViewport({
        ...viewport,
        x: viewport.x + dx / viewport.zoom,
        y: viewport.y + dy / viewport.zoom,
      })
    }

    const midpoint = () => {
      const [a, b] = [...pointers.values()]
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, distance: Math.hypot(a.x - b.x, a.y - b.y) }
    }

    // Capture phase: Space+drag must pan even when it starts on a note, before the note's drag sees it.
    const onPointerDown = (event: PointerEvent) => {
      const wantsPan =
        event.button === 1 ||
        (event.button === 0 && spaceHeld) ||
        (event.pointerType === 'touch' && pointers.size === 1) ||
        (event.button === 0 && !isOnBoardObject(event.target))
      if (!wantsPan) return
      if (event.button === 1 || spaceHeld) event.stopPropagation()
      if (event.button === 0 && !spaceHeld && !isOnBoardObject(event.target)) {
        // Clicking empty space ends editing and clears the selection.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
        ui.getState().select(null)
      }
      pointers.set(event.pointerId, local(event))
      canvas.setPointerCapture(event.pointerId)
      canvas.classList.add('is-panning')
      if (pointers.size === 2) {
        const mid = midpoint()
        pinch = {
          distance: Math.max(1, mid.distance),
          anchor: screenToBoard(ui.getState().viewport, mid.x, mid.y),
          zoom: ui.getState().viewport.zoom,
        }
      }
    }

    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId)
      if (!previous) return
      const point = local(event)
      pointers.set(event.pointerId, point)
      const { viewport } = ui.getState()
      if (pinch && pointers.size === 2) {
        const mid = midpoint()
        const zoom = clampZoom((pinch.zoom * mid.distance) / pinch.distance)
        // Keep the pinched board point under the fingers' midpoint while they move.
        setViewport({ zoom, x: pinch.anchor.x - mid.x / zoom, y: pinch.anchor.y - mid.y / zoom })
        return
      }
      if (pointers.size !== 1) return
      setViewport({
        ...viewport,
        x: viewport.x - (point.x - previous.x) / viewport.zoom,
        y: viewport.y - (point.y - previous.y) / viewport.zoom,
      })
    }

    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId)
      if (pointers.size < 2) pinch = null
      if (pointers.size === 0) canvas.classList.remove('is-panning')
    }

    // Space belongs to whatever has the focus (a button, a radio, a checkbox, a note): it pans
    // only while nothing has it and the pointer is over the board, ready to drag.
    let pointerOver = false
    const onPointerEnter = () => (pointerOver = true)
    const onPointerLeave = () => (pointerOver = false)
    const nothingFocused = (target: EventTarget | null) =>
      target === null ||
      target === document.body ||
      target === document.documentElement ||
      target === canvas
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'Space' || !pointerOver || !nothingFocused(event.target)) return
      event.preventDefault()
      spaceHeld = true
      canvas.classList.add('is-space-held')
    }
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code !== 'Space') return
      spaceHeld = false
      canvas.classList.remove('is-space-held')
    }
    const onBlur = () => {
      spaceHeld = false
      canvas.classList.remove('is-space-held')
    }

    canvas.addEventListener('wheel', onWheel, { passive: false })
    canvas.addEventListener('pointerdown', onPointerDown, { capture: true })
    canvas.addEventListener('pointermove', onPointerMove)
    canvas.addEventListener('pointerenter', onPointerEnter)
    canvas.addEventListener('pointerleave', onPointerLeave)
    canvas.addEventListener('pointerup', onPointerUp)
    canvas.addEventListener('pointercancel', onPointerUp)
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('keyup', onKeyUp)
    window.addEventListener('blur', onBlur)
    return () => {
      canvas.removeEventListener('wheel', onWheel)
      canvas.removeEventListener('pointerdown', onPointerDown, { capture: true })
      canvas.removeEventListener('pointermove', onPointerMove)
      canvas.removeEventListener('pointerenter', onPointerEnter)
      canvas.removeEventListener('pointerleave', onPointerLeave)
      canvas.removeEventListener('pointerup', onPointerUp)
      canvas.removeEventListener('pointercancel', onPointerUp)
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('keyup', onKeyUp)
      window.removeEventListener('blur', onBlur)
    }
  }, [ui, canvasRef])
}
