import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readBoard } from '../read'
import { addNote, initBoard, joinBoard } from '../operations'
import { makeBoard, note, person } from '../testing/builders'
import { NOTE_COLORS, type ParticipantId } from '../schema'
import { checkMarkup } from './testing/xml'
import { exportBoardSvg } from '.'

function makeLargeBoard(notes: number) {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Two thousand notes' })
  const roles = ['lived-experience', 'provider', 'commissioner', 'other']
  roles.forEach((role, i) => joinBoard(doc, { id: `p${i}` as ParticipantId, name: `P${i}`, role }))
  for (let i = 0; i < notes; i++) {
    addNote(doc, {
      x: (i % 50) * 240,
      y: Math.floor(i / 50) * 180,
      authorId: `p${i % 4}` as ParticipantId,
      role: roles[i % 4],
      color: NOTE_COLORS[i % NOTE_COLORS.length],
      text: `Note ${i}: ${'a fairly long sentence about the service & its <limits> '.repeat(1 + (i % 40))}`,
    })
  }
  return readBoard(doc)
}

describe('exportBoardSvg', () => {
  it('draws 2,000 notes as one well-formed, compact document', () => {
    const svg = exportBoardSvg(makeLargeBoard(2000), { names: 'roles' })
    expect(checkMarkup(svg).error).toBeNull()
    expect(svg.match(/<g transform=/g)).toHaveLength(2000)
    // Long texts are cut to what fits on a note, so size grows with notes, not with words.
    expect(svg.length).toBeLessThan(2000 * 1500)
  })

  it('fits the view box to the content with a margin and room for the title', () => {
    const board = readBoard(
      makeBoard({ people: [person('p', 'provider')], items: [note('p', 'Hi', { x: 100, y: 50 })] }),
    )
    const svg = exportBoardSvg(board, { names: 'roles' })
    expect(svg).toMatch(/viewBox="60 -46 300 296"/)
    expect(svg).toContain('>Sample board</text>')
  })

  it('draws only what meets the given view, without a title', () => {
    const board = readBoard(
      makeBoard({
        people: [person('p', 'provider')],
        items: [note('p', 'Inside', { x: 0, y: 0 }), note('p', 'Outside', { x: 5000, y: 0 })],
      }),
    )
    const svg = exportBoardSvg(board, {
      names: 'roles',
      view: { x: -10, y: -10, width: 400, height: 300 },
    })
    expect(svg).toContain('viewBox="-10 -10 400 300"')
    expect(svg).toContain('Inside')
    expect(svg).not.toContain('Outside')
    expect(svg).not.toContain('>Sample board</text>')
  })

  it('ignores a view without area and draws the whole board', () => {
    const board = readBoard(
      makeBoard({ people: [person('p', 'provider')], items: [note('p', 'Hi')] }),
    )
    const svg = exportBoardSvg(board, {
      names: 'roles',
      view: { x: 0, y: 0, width: 0, height: Number.NaN },
    })
    expect(svg).toContain('Hi')
  })

  it('says so when the board is empty', () => {
    const svg = exportBoardSvg(readBoard(makeBoard()), { names: 'roles' })
    expect(checkMarkup(svg).error).toBeNull()
    expect(svg).toContain('Nothing on this board yet')
  })

  it('puts the side, and the name only with names and the author’s consent, on each note', () => {
    const board = readBoard(
      makeBoard({
        people: [person('p', 'provider', 'Ola'), person('q', 'provider', 'Ben')],
        items: [note('p', 'Hi', { consent: 'report-named' }), note('q', 'Hello')],
      }),
    )
    const named = exportBoardSvg(board, { names: 'names' })
    expect(named).toContain('>Ola · Provider</tspan>')
    expect(named).not.toContain('Ben')
    expect(exportBoardSvg(board, { names: 'roles' })).toContain('>Provider</tspan>')
    expect(exportBoardSvg(board, { names: 'roles' })).not.toContain('Ola')
    expect(exportBoardSvg(board, { names: 'anonymous' })).not.toContain('Provider')
  })
})
