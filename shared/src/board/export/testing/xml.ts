// A small well-formedness check for the SVG and HTML the exports write, so tests need no DOM:
// tags nest and close, attributes are quoted, entities are known and no stray `<` or `&` slips
// into text. It is not a validator; it catches exactly the mistakes escaping could make.

/** HTML elements that never have a closing tag. */
export const HTML_VOID_ELEMENTS = ['meta', 'col', 'br', 'hr', 'img', 'link', 'input']

const NAME = '[A-Za-z][A-Za-z0-9:-]*'
const ATTRIBUTE = new RegExp(`\\s+${NAME}="[^"<]*"`, 'y')
const ENTITY = /&(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+|shy);/y

/** The problem with `text` as XML, or null when it is well-formed; also lists the tag names seen. */
export function checkMarkup(
  text: string,
  voidElements: readonly string[] = [],
): { error: string | null; tags: Set<string> } {
  const open: string[] = []
  const tags = new Set<string>()
  const fail = (error: string, at: number) => ({
    error: `${error} at ${at}: ${text.slice(at, at + 40)}`,
    tags,
  })
  let i = text.startsWith('<!doctype html>') ? '<!doctype html>'.length : 0
  while (i < text.length) {
    const char = text[i]
    if (char === '&') {
      ENTITY.lastIndex = i
      if (!ENTITY.test(text)) return fail('bad entity', i)
      i = ENTITY.lastIndex
    } else if (char === '<') {
      const closing = text[i + 1] === '/'
      const nameMatch = new RegExp(NAME, 'y')
      nameMatch.lastIndex = i + (closing ? 2 : 1)
      const name = nameMatch.exec(text)?.[0]
      if (!name) return fail('stray <', i)
      tags.add(name.toLowerCase())
      let j = nameMatch.lastIndex
      if (closing) {
        if (text[j] !== '>') return fail('bad closing tag', i)
        if (open.pop() !== name) return fail(`unexpected </${name}>`, i)
        i = j + 1
        continue
      }
      for (;;) {
        ATTRIBUTE.lastIndex = j
        if (!ATTRIBUTE.test(text)) break
        j = ATTRIBUTE.lastIndex
      }
      if (text.startsWith('/>', j)) i = j + 2
      else if (text[j] === '>') {
        if (!voidElements.includes(name.toLowerCase())) open.push(name)
        i = j + 1
        // A style sheet is raw text up to its closing tag.
        if (name.toLowerCase() === 'style') {
          const end = text.indexOf('</style>', i)
          if (end < 0) return fail('unclosed <style>', i)
          i = end
        }
      } else return fail('bad tag', i)
    } else if (char === '>') {
      return fail('stray >', i)
    } else {
      i++
    }
  }
  return { error: open.length ? `unclosed <${open.join('> <')}>` : null, tags }
}
