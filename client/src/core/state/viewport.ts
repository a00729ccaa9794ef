// Pure camera maths. The camera is the board point at the screen's top-left corner plus a zoom
// factor, so screen = (board - camera) * zoom. Keeping the corner (not the centre) means a
// window resize leaves what the user was looking at in place.

/** The camera: board coordinates of the screen's top-left corner, and the zoom factor. */
export interface Viewport {
  readonly x: number
  readonly y: number
  readonly zoom: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 4
/** Fit-to-content never magnifies past this, so a lone note does not fill a projector. */
const MAX_FIT_ZOOM = 1.25
const ZOOM_STEPS = [0.1, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4]

export const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))

/** The board point under a screen point (relative to the canvas' top-left). */
export function screenToBoard(viewport: Viewport, sx: number, sy: number) {
  return { x: viewport.x + sx / viewport.zoom, y: viewport.y + sy / viewport.zoom }
}

/** Zooms to `zoom` keeping the board point under the screen point (sx, sy) where it is. */
export function zoomAround(viewport: Viewport, zoom: number, sx: number, sy: number): Viewport {
  const next = clampZoom(zoom)
  const anchor = screenToBoard(viewport, sx, sy)
  return { x: anchor.x - sx / next, y: anchor.y - sy / next, zoom: next }
}

/** The next preset zoom level in `direction` (+1 in, -1 out): 100% is always one of the stops. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + 0.001) ?? MAX_ZOOM
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - 0.001) ?? MIN_ZOOM
}

/** The part of the board the screen shows. */
export function visibleRect(viewport: Viewport, screen: Size): Rect {
  return {
    x: viewport.x,
    y: viewport.y,
    width: screen.width / viewport.zoom,
    height: screen.height / viewport.zoom,
  }
}

/** Screen pixels kept clear on each side, e.g. under floating toolbars. */
export interface Insets {
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly left: number
}

/** A camera that shows all of `content` inside the screen less `insets`. */
export function fitRect(content: Rect, screen: Size, insets: Insets): Viewport {
  const width = Math.max(1, screen.width - insets.left - insets.right)
  const height = Math.max(1, screen.height - insets.top - insets.bottom)
  const zoom = clampZoom(Math.min(width / content.width, height / content.height, MAX_FIT_ZOOM))
  // Centre the content in the clear area, not in the whole screen.
  const centreX = insets.left + width / 2
  const centreY = insets.top + height / 2
  return {
    x: content.x + content.width / 2 - centreX / zoom,
    y: content.y + content.height / 2 - centreY / zoom,
    zoom,
  }
}

/** A camera with the board point (bx, by) in the middle of the screen. */
export function centreOn(bx: number, by: number, screen: Size, zoom: number): Viewport {
  return { x: bx - screen.width / 2 / zoom, y: by - screen.height / 2 / zoom, zoom }
}

/** Whether two rectangles overlap. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
