// A run of some phases only (BENCH_ONLY) must not wipe the figures of the others: its sections
// replace the same sections of the results already written, and everything else stays.

/** `earlier` with each `## title` section of `titles` taken from `fresh` (added before the last
 * section, "Reproduce", when `earlier` lacks it). */
export function spliceSections(earlier: string, fresh: string, titles: readonly string[]): string {
  const sections = splitSections(earlier)
  const replacements = new Map(splitSections(fresh).map((section) => [section.title, section]))
  for (const title of titles) {
    const replacement = replacements.get(title)
    if (!replacement) continue
    const at = sections.findIndex((section) => section.title === title)
    if (at >= 0) sections[at] = replacement
    else sections.splice(Math.max(1, sections.length - 1), 0, replacement)
  }
  return sections.map((section) => section.text).join('')
}

interface Section {
  /** The heading's text; '' for what comes before the first heading. */
  readonly title: string
  readonly text: string
}

function splitSections(markdown: string): Section[] {
  return markdown.split(/^(?=## )/m).map((text) => ({
    title: text.startsWith('## ') ? text.slice(3, text.indexOf('\n')).trim() : '',
    text: text.endsWith('\n') ? text : `${text}\n`,
  }))
}
