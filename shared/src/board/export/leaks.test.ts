import { describe, expect, it } from 'vitest'
import { readBoard } from '../read'
import { setKeepOutOfExport } from '../operations'
import { reframeNote } from '../reframes'
import { makeBoard, note, person } from '../testing/builders'
import type { ItemId, ParticipantId, ReportNames } from '../schema'
import { exportBoardJson } from '.'
import { renderReports } from './testing/reports'

// Leaks reported in issue #14, one test each, written before the fix: every export format is
// checked for words or names that must not be in it.

const ZEPHYRINE = person('zeph', 'lived-experience', 'Zephyrine')
const QUILLON = person('quill', 'provider', 'Quillon')
const now = new Date('2026-12-01T10:00:00Z')

/** Every format as a string, the board file included. */
function everyExport(doc: ReturnType<typeof makeBoard>, names: ReportNames) {
  const board = readBoard(doc)
  return {
    ...renderReports(board, names, now),
    json: JSON.stringify(exportBoardJson('b', board, now)),
  }
}

describe('leak (a): a reframe of a note kept out of exports', () => {
  it.each([
    ['kept out before the reframe was made', true],
    ['kept out after the reframe was made', false],
  ])('is withheld in every format when the note was %s', (_case, first) => {
    const doc = makeBoard({
      template: 'co-production',
      people: [ZEPHYRINE, QUILLON],
      items: [note('zeph', 'They never call back my sister', { stage: 1 })],
    })
    const noteId = 'item-1' as ItemId
    const by = { participantId: 'quill' as ParticipantId, role: 'provider' }
    if (first) setKeepOutOfExport(doc, noteId, true)
    reframeNote(doc, noteId, by)
    if (!first) setKeepOutOfExport(doc, noteId, true)
    for (const names of ['names', 'roles', 'anonymous'] as const) {
      for (const [format, output] of Object.entries(everyExport(doc, names))) {
        expect(output, `${format} ${names}`).not.toContain('never call back my sister')
      }
    }
  })
})

describe('leak (b): the board file and private notes not yet revealed', () => {
  it('never carries them, nor who wrote them', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [ZEPHYRINE, QUILLON],
      items: [
        note('zeph', 'Written alone, not revealed yet', { stage: 0 }),
        note('quill', 'Shared with the room', { stage: 1 }),
      ],
    })
    const file = exportBoardJson('b', readBoard(doc), now)
    expect(JSON.stringify(file)).not.toContain('Written alone')
    expect(file.items.map((item) => item.authorId)).not.toContain('zeph')
    expect(JSON.stringify(file)).toContain('Shared with the room')
  })
})

describe('leak (c): the board file and the names setting', () => {
  it('carries no participant names when the board shows sides only', () => {
    const doc = makeBoard({
      template: 'co-production',
      people: [ZEPHYRINE, QUILLON],
      items: [note('quill', 'Shared with the room', { stage: 1 })],
    })
    const board = readBoard(doc)
    expect(board.meta.reportNames).toBe('roles')
    const text = JSON.stringify(exportBoardJson('b', board, now))
    expect(text).not.toMatch(/Zephyrine|Quillon/)
  })
})
