// SVG has no text flow, and the exports cannot measure fonts (no DOM on the server), so text
// is wrapped by counting characters: an average glyph is about half an em wide, and East Asian
// characters and emoji about a whole em, so they count twice.

/** Characters drawn about one em wide: CJK, Hangul, full-width forms and most emoji. */
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u

/** Any character from U+1100 up, including both halves of every astral character. */
const MAYBE_WIDE = /[\u1100-\uFFFF]/

/** How many average-width characters `text` takes up. */
export function textWidth(text: string): number {
  // Most text has no wide character at all; counting code units is then exact and fast.
  if (!MAYBE_WIDE.test(text)) return text.length
  let width = 0
  for (const char of text) width += WIDE.test(char) ? 2 : 1
  return width
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxChars` average characters, at
 * spaces where possible; the last line ends in "…" when text had to be left out. Line breaks
 * in the text are kept.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars))
  // Only the start of a long text can ever show; this keeps 2,000-character notes cheap.
  const visible = text.slice(0, limit * maxLines * 2 + 1)
  const truncatedInput = visible.length < text.length
  const lines: string[] = []
  let overflow = false
  for (const paragraph of visible.split(/\r\n|\r|\n/)) {
    let line = ''
    let width = 0
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      for (const piece of splitLongWord(word, limit)) {
        const pieceWidth = textWidth(piece)
        if (!line) {
          line = piece
          width = pieceWidth
        } else if (width + 1 + pieceWidth <= limit) {
          line += ` ${piece}`
          width += 1 + pieceWidth
        } else {
          lines.push(line)
          line = piece
          width = pieceWidth
        }
      }
      if (lines.length > maxLines) break
    }
    lines.push(line)
    if (lines.length > maxLines) {
      overflow = true
      break
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length > maxLines) overflow = true
  const kept = lines.slice(0, maxLines)
  if ((overflow || truncatedInput) && kept.length > 0) {
    kept[kept.length - 1] = withEllipsis(kept[kept.length - 1], limit)
  }
  return kept
}

function splitLongWord(word: string, limit: number): string[] {
  if (textWidth(word) <= limit) return [word]
  const pieces: string[] = []
  let piece = ''
  for (const char of word) {
    if (textWidth(piece + char) > limit) {
      pieces.push(piece)
      piece = ''
    }
    piece += char
  }
  if (piece) pieces.push(piece)
  return pieces
}

function withEllipsis(line: string, limit: number): string {
  let cut = line
  while (cut && textWidth(cut) > limit - 1) cut = [...cut].slice(0, -1).join('')
  return `${cut.trimEnd()}…`
}
