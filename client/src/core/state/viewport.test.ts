import { describe, expect, test } from 'vitest'
import { fitRect, screenToBoard, stepZoom, visibleRect, zoomAround } from './viewport'

const screen = { width: 1000, height: 800 }
const noInsets = { top: 0, right: 0, bottom: 0, left: 0 }

describe('viewport', () => {
  test('zooming keeps the board point under the pointer in place', () => {
    const before = { x: 100, y: 50, zoom: 1 }
    const anchor = screenToBoard(before, 300, 200)
    const after = zoomAround(before, 2, 300, 200)
    expect(screenToBoard(after, 300, 200)).toEqual(anchor)
    expect(after.zoom).toBe(2)
  })

  test('zoom is clamped to its range', () => {
    expect(zoomAround({ x: 0, y: 0, zoom: 1 }, 100, 0, 0).zoom).toBe(4)
    expect(zoomAround({ x: 0, y: 0, zoom: 1 }, 0.001, 0, 0).zoom).toBe(0.1)
  })

  test('zoom steps always pass through 100%', () => {
    expect(stepZoom(0.9, 1)).toBe(1)
    expect(stepZoom(1.1, -1)).toBe(1)
    expect(stepZoom(4, 1)).toBe(4)
  })

  test('fit shows the whole content inside the clear area', () => {
    const content = { x: -500, y: 200, width: 2000, height: 400 }
    const insets = { top: 100, right: 40, bottom: 60, left: 40 }
    const camera = fitRect(content, screen, insets)
    const view = visibleRect(camera, screen)
    expect(camera.zoom).toBeCloseTo(920 / 2000)
    expect(view.x + insets.left / camera.zoom).toBeLessThanOrEqual(content.x + 0.001)
    expect(view.x + view.width - insets.right / camera.zoom).toBeGreaterThanOrEqual(
      content.x + content.width - 0.001,
    )
  })

  test('fit never magnifies a lone note past 125%', () => {
    const camera = fitRect({ x: 0, y: 0, width: 220, height: 160 }, screen, noInsets)
    expect(camera.zoom).toBe(1.25)
  })
})
