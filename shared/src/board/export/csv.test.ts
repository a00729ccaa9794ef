import { describe, expect, it } from 'vitest'
import { readBoard } from '../read'
import { makeBoard, note, person } from '../testing/builders'
import { csvCell, exportBoardCsv } from '.'

/**
 * Reads CSV back into rows as a spreadsheet does, so tests can compare cells with what went in:
 * a quote opens a quoted cell only at a cell's start, and a line break outside quotes ends a
 * row. With `;`, it reads the file as a spreadsheet set to that separator would.
 */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"' && cell === '') quoted = true
    else if (char === separator) {
      row.push(cell)
      cell = ''
    } else if (char === '\r' || char === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      if (char === '\r' && text[i + 1] === '\n') i++
    } else cell += char
  }
  return rows
}

describe('csvCell', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', `"'\t'=1+1"`],
    ['\r=1+1', `"'\r'=1+1"`],
  ])('neutralises a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it.each([
    [' =1+1', "' =1+1"],
    ['  @SUM(A1)', "'  @SUM(A1)"],
  ])('neutralises a formula after leading spaces: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it.each([
    ['Waiting times;=1+1', `"Waiting times;'=1+1"`],
    ['Waiting times; =1+1', `"Waiting times; '=1+1"`],
    ['one,+2', `"one,'+2"`],
    ['one, -2+3', `"one, '-2+3"`],
    ['tab\t@SUM(A1)', `"tab\t'@SUM(A1)"`],
    ['line\n=HYPERLINK("x")', `"line\n'=HYPERLINK(""x"")"`],
    ['line\r\n-cmd', `"line\r\n'-cmd"`],
    ['=1;=2', `"'=1;'=2"`],
  ])('neutralises a formula after a separator inside the cell: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('leaves formula characters alone when not at the start of a cell or after a separator', () => {
    expect(csvCell('1 + 1 = 2')).toBe('1 + 1 = 2')
    expect(csvCell('mail me @ work')).toBe('mail me @ work')
    expect(csvCell('well-being')).toBe('well-being')
  })

  it('quotes quotes, commas, semicolons, tabs and line breaks, doubling the quotes', () => {
    expect(csvCell('say "no"')).toBe('"say ""no"""')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('a; b')).toBe('"a; b"')
    expect(csvCell('a\tb')).toBe('"a\tb"')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    expect(csvCell('line\rbreak')).toBe('"line\rbreak"')
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"')
  })

  it('leaves a cell with none of them unquoted', () => {
    expect(csvCell('Waiting times')).toBe('Waiting times')
    expect(csvCell('')).toBe('')
  })

  it('keeps non-ASCII text as it is', () => {
    expect(csvCell("Siân's café — ✓")).toBe("Siân's café — ✓")
  })
})

describe('exportBoardCsv', () => {
  const hostile = [
    '=1+1',
    '+44 20 7946 0000',
    '-cmd|" /C calc"!A0',
    '@SUM(1,1)',
    '\tindented',
    '\rreturn',
    'He said "fine", then left\nwithout a word',
    "Siân's café — ✓",
    'Waiting times;=1+1',
    'Notes:\n@SUM(1;1)\n+1',
  ]
  const doc = makeBoard({
    title: 'Injection',
    people: [person('p', 'provider', '=Evil()')],
    items: hostile.map((text) => note('p', text, { consent: 'report-named' })),
  })
  const csv = exportBoardCsv(readBoard(doc), { names: 'names' })

  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFId,Kind,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull()
  })

  it('gives every row the same number of cells, whatever the text holds', () => {
    const rows = parseCsv(csv.slice(1))
    expect(rows).toHaveLength(1 + hostile.length)
    for (const row of rows) expect(row).toHaveLength(rows[0].length)
  })

  it('reads back each text exactly, with a quote in front of every would-be formula', () => {
    const rows = parseCsv(csv.slice(1))
    const textColumn = rows[0].indexOf('Text')
    const texts = rows.slice(1).map((row) => row[textColumn])
    const inert = (text: string) => {
      const inner = text.replace(/([,;\t\r\n] *)(?=[=+\-@])/g, "$1'")
      return /^ *[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner
    }
    // Rows come in creation order, ties by id, so item-10 precedes item-2.
    expect(texts.toSorted()).toEqual(hostile.map(inert).toSorted())
    expect(texts).toContain("Waiting times;'=1+1")
    const author = rows[1][rows[0].indexOf('Author')]
    expect(author).toBe("'=Evil()")
  })

  it('gives a spreadsheet that splits on semicolons no cell that is a formula', () => {
    for (const row of parseCsv(csv.slice(1), ';')) {
      for (const cell of row) expect(cell.trimStart()).not.toMatch(/^[=+\-@]/)
    }
  })

  it('has a column of votes and of agreement for every side of the board', () => {
    const header = parseCsv(csv.slice(1))[0]
    for (const label of ['Lived experience', 'Provider', 'Commissioner', 'Other']) {
      expect(header).toContain(`Votes: ${label}`)
      expect(header).toContain(`Agreement: ${label}`)
    }
  })

  it('drops the role column when anonymous and the author column unless names are shown', () => {
    const board = readBoard(doc)
    const header = (names: 'names' | 'roles' | 'anonymous') =>
      parseCsv(exportBoardCsv(board, { names }).slice(1))[0]
    expect(header('names')).toEqual(expect.arrayContaining(['Role', 'Author']))
    expect(header('roles')).toContain('Role')
    expect(header('roles')).not.toContain('Author')
    expect(header('anonymous')).not.toContain('Role')
    expect(exportBoardCsv(board, { names: 'anonymous' })).not.toContain('Evil')
  })
})

describe('exportBoardCsv and consent', () => {
  const doc = makeBoard({
    people: [person('p', 'provider', 'Ola'), person('q', 'lived-experience', 'Ben')],
    items: [
      note('p', 'Named, as Ola asked', { consent: 'report-named' }),
      note('q', 'No name, the default'),
      note('q', 'Only for the room', { consent: 'room-only' }),
      {
        kind: 'reframe',
        by: 'p',
        they: 'Only for the room',
        theyRole: 'lived-experience',
        we: 'We could keep it here',
        source: 3,
        consent: 'report-named',
      },
    ],
  })
  const rows = parseCsv(exportBoardCsv(readBoard(doc), { names: 'names' }).slice(1))
  const column = (name: string) => rows[0].indexOf(name)

  it('names only the authors who asked, and leaves out what stays in the room', () => {
    const byText = new Map(rows.slice(1).map((row) => [row[column('Text')], row]))
    expect(byText.get('Named, as Ola asked')?.[column('Author')]).toBe('Ola')
    expect(byText.get('No name, the default')?.[column('Author')]).toBe('')
    expect(byText.get('No name, the default')?.[column('Role')]).toBe('Lived experience')
    expect(rows.flat().join(' ')).not.toMatch(/Only for the room|keep it here|Ben/)
  })

  it('says in a last row how many cards were kept in the room', () => {
    const last = rows[rows.length - 1]
    expect(last[column('Kind')]).toBe('Kept in the room')
    expect(last[column('Text')]).toBe(
      '2 cards were kept in the room at their authors’ request and are not in this spreadsheet.',
    )
    expect(last).toHaveLength(rows[0].length)
  })
})
