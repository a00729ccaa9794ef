// Browsers refuse canvases past a size (Chromium about 16,384 px a side and 268 million pixels,
// Safari far less), and a refused canvas draws nothing. A big board is drawn at a lower
// scale instead, so the PNG always has the whole board.

/** Longest side of the PNG, in pixels; Safari on iOS allows about this much. */
export const MAX_PNG_SIDE = 8192
/** Most pixels in the PNG (Safari on iOS refuses canvases past about 16.7 million). */
export const MAX_PNG_PIXELS = 16_000_000

/**
 * The scale to draw an SVG of `width` × `height` at: `preferred` (2 for sharp text on
 * high-density screens and in print) unless the PNG would be too large, and then the largest
 * scale that fits. The PNG is the result rounded up to whole pixels.
 */
export function pngScale(width: number, height: number, preferred = 2): number {
  if (!(width > 0 && height > 0)) return preferred
  const bySide = MAX_PNG_SIDE / Math.max(width, height)
  const byArea = Math.sqrt(MAX_PNG_PIXELS / (width * height))
  return Math.min(preferred, bySide, byArea)
}
