/** Longest file name stem, before the extension. */
const MAX_STEM_LENGTH = 80
const FALLBACK_STEM = 'coboard-board'

/**
 * A file name made from a board title that is safe on every system and in a Content-Disposition
 * header: ASCII letters, digits, dashes and underscores only, accents folded ("Siân" → "Sian"),
 * other runs collapsed to one dash, at most 80 characters before the extension,
 * "coboard-board" when nothing is left, never a Windows device name such as CON. `extension`
 * may be given with or without its dot.
 */
export function exportFileName(title: string, extension: string): string {
  const stem =
    title
      .normalize('NFKD')
      // Combining marks left by the decomposition: "â" became "a" + U+0302.
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-_]+/, '')
      .slice(0, MAX_STEM_LENGTH)
      .replace(/[-_]+$/, '') || FALLBACK_STEM
  // Windows refuses these device names as files, whatever the extension.
  const safeStem = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `${stem}-board` : stem
  const ext = extension.replace(/[^A-Za-z0-9]/g, '').slice(0, 10)
  return ext ? `${safeStem}.${ext.toLowerCase()}` : safeStem
}
