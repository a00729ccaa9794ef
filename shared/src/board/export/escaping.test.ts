import { describe, expect, it } from 'vitest'
import { readBoard } from '../read'
import { getBoardRoots } from '../roots'
import { makeBoard, note, person } from '../testing/builders'
import { castVote, revealVote, startVote } from '../voting'
import { takeHat } from '../facilitation'
import type { ItemId, ParticipantId } from '../schema'
import { checkMarkup, HTML_VOID_ELEMENTS } from './testing/xml'
import { exportBoardHtml, exportBoardMarkdown, exportBoardSvg } from '.'
import { escapeMarkdown, stripInvalidXml } from './escape'

const HOSTILE = [
  '<script>alert(1)</script>',
  '| pipes | in | a | cell |',
  '"><img src=x onerror=alert(1)>',
  "'; background: url(//evil.example) </style><script>",
  '# Not a heading\n- not a list\n> not a quote',
  '[click](javascript:alert(1)) ![x](http://evil.example/x.png) `code` *bold* _em_ ~~gone~~',
  '&amp; &#60; A&E \\ back\\slash',
  'control \u0000\u0007\u001b characters and a lone \uD800 surrogate',
]

function makeHostileBoard() {
  const doc = makeBoard({
    title: 'Board </title><script>alert("title")</script>',
    purpose: '</p><h1>Injected</h1>',
    people: [person('p', 'provider', '<b>Mallory</b>'), person('q', 'lived-experience', 'Q')],
    items: [
      ...HOSTILE.map((text) => note('p', text)),
      {
        kind: 'outcome',
        by: 'p',
        outcome: HOSTILE[1],
        measure: HOSTILE[0],
        details: { baseline: HOSTILE[2], owner: HOSTILE[4] },
        stances: { p: 'agree', q: 'object' },
      },
      { kind: 'reframe', by: 'q', they: HOSTILE[2], theyRole: 'provider', we: HOSTILE[3] },
    ],
  })
  // A board's own role labels are text people typed too.
  const roles = [
    { id: 'provider', label: 'Pro|vider <i>', description: '' },
    { id: 'lived-experience', label: '"Lived" & <b>', description: '' },
  ]
  getBoardRoots(doc).meta.set('roles', roles)
  const host = { participantId: 'p' as ParticipantId, role: 'provider' }
  takeHat(doc, host)
  startVote(doc, { budget: 2 }, host)
  castVote(doc, 'p' as ParticipantId, 'item-2' as ItemId)
  castVote(doc, 'q' as ParticipantId, 'item-2' as ItemId)
  revealVote(doc, host)
  return readBoard(doc)
}

const board = makeHostileBoard()
const now = new Date('2026-12-01T10:00:00Z')

describe('hostile text in the HTML report', () => {
  const html = exportBoardHtml(board, { names: 'names', now })

  it('is well-formed and uses only the elements the report itself writes', () => {
    const { error, tags } = checkMarkup(html, HTML_VOID_ELEMENTS)
    expect(error).toBeNull()
    expect([...tags].filter((tag) => ['script', 'img', 'b', 'i', 'iframe'].includes(tag))).toEqual(
      [],
    )
  })

  it('shows the text, escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt;')
  })

  it('keeps the style sheet closed and the footer string intact', () => {
    expect(html.match(/<\/style>/g)).toHaveLength(1)
    expect(html.match(/<script/gi)).toBeNull()
  })

  it('forbids scripts and external loads, and loads nothing itself', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
    expect(html).not.toMatch(/(src|href)="/)
    const styleSheet = html.slice(html.indexOf('<style>'), html.indexOf('</style>'))
    expect(styleSheet).not.toMatch(/@import|url\(/)
  })
})

describe('hostile text in the Markdown report', () => {
  const markdown = exportBoardMarkdown(board, { names: 'names', now })
  const lines = markdown.split('\n')

  it('keeps every row of every table to the columns of its header', () => {
    const pipes = (row: string) => row.split(/(?<!\\)\|/).length
    const tables: string[][] = []
    lines.forEach((line, i) => {
      if (!line.startsWith('| ')) return
      if (!lines[i - 1]?.startsWith('| ')) tables.push([])
      tables.at(-1)!.push(line)
    })
    expect(tables.length).toBeGreaterThan(3)
    for (const [header, ...rows] of tables) {
      for (const row of rows) expect(pipes(row), row).toBe(pipes(header))
    }
  })

  it('makes no heading, list, quote, link, image or HTML out of user text', () => {
    const headings = lines.filter((line) => line.startsWith('#'))
    expect(headings.every((line) => /^#{1,4} /.test(line))).toBe(true)
    expect(headings.join('\n')).not.toContain('Not a heading')
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b|h1)/)
    expect(markdown).not.toMatch(/(?<!\\)\[click(?<!\\)\]/)
    expect(markdown).toContain('\\# Not a heading - not a list \\> not a quote')
  })

  it('drops control characters and lone surrogates', () => {
    expect(markdown).toContain('control characters and a lone surrogate')
  })
})

describe('escapeMarkdown', () => {
  it.each([
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['= underline', '\\= underline'],
    ['a | b', 'a \\| b'],
    ['&amp; but A&E', '\\&amp; but A&E'],
    ['two\n\nparagraphs', 'two paragraphs'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })
})

describe('hostile text in the SVG picture', () => {
  const svg = exportBoardSvg(board, { names: 'names' })

  it('is well-formed XML with only SVG elements', () => {
    const { error, tags } = checkMarkup(svg)
    expect(error).toBeNull()
    expect([...tags].sort()).toEqual([
      'circle',
      'g',
      'path',
      'rect',
      'svg',
      'text',
      'title',
      'tspan',
    ])
  })

  it('shows the text, escaped', () => {
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(stripInvalidXml(svg)).toBe(svg)
  })
})
