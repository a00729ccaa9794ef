// Every export puts text written by participants into a structured format. These helpers are
// the only way user text reaches an output: whatever anyone typed stays text, never structure.

/** Characters XML 1.0 forbids outright (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/F). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes characters that would make an XML or HTML document ill-formed; everything else stays. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '')
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for XML or HTML content and quoted attribute values, dropping forbidden characters. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (char) => XML_ENTITIES[char])
}

/** The HTML escape is the XML one: the same five characters cover text and attributes in both. */
export const escapeHtml = escapeXml

/**
 * Escapes text for one line of Markdown (a paragraph, list item, heading or table cell).
 * Line breaks become spaces, because a newline could start a heading, list or table row; every
 * character that can open inline markup is backslash-escaped, and so is anything at the start
 * of the text that could be read as a block marker.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = stripInvalidXml(text)
    .replace(/\s+/g, ' ')
    .trim()
    // `\` first, so the escapes added below are not escaped again.
    .replace(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`)
    // `&amp;` and `&#60;` would be read as entities; plain `A&E` is left readable.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
  return oneLine.replace(/^([-+=]|\d+(?=[.)]))/, (marker) =>
    /^\d/.test(marker) ? `${marker}\\` : `\\${marker}`,
  )
}

/**
 * A CSS string literal holding `text`: every character outside a small safe set becomes a hex
 * escape, so neither a quote nor `</style>` can end the string or the style sheet.
 */
export function cssString(text: string): string {
  const safe = stripInvalidXml(text).replace(
    /[^A-Za-z0-9 ,.:;!?()-]/gu,
    (char) => `\\${char.codePointAt(0)!.toString(16)} `,
  )
  return `"${safe}"`
}
