import { describe, expect, test } from 'vitest'
import { chooseNoticeSpot, spotBox, type Box, type NoticeArea } from './noticeSpot'

// A 1366 × 768 board: undo and zoom in the bottom corners, the top bar 84 px tall.
const area: NoticeArea = {
  bounds: { left: 0, top: 0, right: 1366, bottom: 768 },
  bottom: 12,
  raised: 68,
  top: 84,
  side: 12,
}
const size = { width: 460, height: 68 }
const order = ['bottom', 'bottom-end', 'bottom-start', 'top'] as const
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
})

describe('notice spot', () => {
  test('each spot keeps its gaps from the edges', () => {
    expect(spotBox('bottom', area, size)).toEqual(box(453, 688, 460, 68))
    expect(spotBox('bottom-end', area, size)).toEqual(box(894, 632, 460, 68))
    expect(spotBox('bottom-start', area, size)).toEqual(box(12, 632, 460, 68))
    expect(spotBox('top', area, size)).toEqual(box(453, 84, 460, 68))
  })

  test('the first spot, when nothing is in the way', () => {
    expect(chooseNoticeSpot(order, area, size, [])).toBe('bottom')
    expect(chooseNoticeSpot(order, area, size, [box(100, 100, 220, 160)])).toBe('bottom')
  })

  test('a corner, when the note being edited is at the bottom in the middle', () => {
    expect(chooseNoticeSpot(order, area, size, [box(570, 540, 220, 160)])).toBe('bottom-end')
  })

  test('the other corner, when the note is towards the right', () => {
    const note = box(800, 560, 280, 200)
    expect(chooseNoticeSpot(order, area, size, [note])).toBe('bottom-start')
  })

  test('the top, when the whole bottom is taken', () => {
    const wide = box(0, 600, 1366, 168)
    expect(chooseNoticeSpot(order, area, size, [wide])).toBe('top')
  })

  test('the spot that covers least, when every spot covers something', () => {
    const zoomedIn = box(0, 120, 1366, 648)
    const toolbar = box(400, 60, 560, 50)
    expect(chooseNoticeSpot(order, area, size, [zoomedIn, toolbar])).toBe('top')
    expect(chooseNoticeSpot(order, area, size, [box(0, 0, 1366, 768)])).toBe('bottom')
  })
})
