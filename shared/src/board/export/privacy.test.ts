import { describe, expect, it } from 'vitest'
import { readBoard } from '../read'
import { setKeepOutOfExport } from '../operations'
import { takeHat } from '../facilitation'
import { castVote, revealVote, startVote } from '../voting'
import { makeBoard, note, person } from '../testing/builders'
import type { ItemId, ParticipantId, ReportNames } from '../schema'
import { exportBoardJson } from '.'
import { renderReports } from './testing/reports'

// Names that appear nowhere else, so finding one in an export can only mean a leaked name.
const ZEPHYRINE = person('zeph', 'lived-experience', 'Zephyrine')
const QUILLON = person('quill', 'provider', 'Quillon')

function makePrivacyBoard() {
  const doc = makeBoard({
    title: 'Privacy',
    template: 'co-production',
    people: [ZEPHYRINE, QUILLON],
    items: [
      note('zeph', 'Written alone, not revealed yet', { stage: 0 }),
      note('zeph', 'Please keep this one out', { stage: 1 }),
      note('quill', 'Shared with the room', { stage: 1, consent: 'report-named' }),
      {
        kind: 'reframe',
        by: 'zeph',
        they: 'They never listen',
        theyRole: 'provider',
        we: 'We could listen together',
        acceptedBy: ['quill'],
        stage: 1,
      },
      {
        kind: 'outcome',
        by: 'quill',
        outcome: 'People feel heard',
        measure: 'Survey',
        stances: { zeph: 'agree', quill: 'concerns' },
        stage: 2,
      },
    ],
  })
  setKeepOutOfExport(doc, 'item-2' as ItemId, true)
  const zeph = { participantId: 'zeph' as ParticipantId, role: 'lived-experience' }
  takeHat(doc, zeph)
  startVote(doc, { budget: 2 }, zeph)
  castVote(doc, 'zeph' as ParticipantId, 'item-2' as ItemId)
  castVote(doc, 'quill' as ParticipantId, 'item-3' as ItemId)
  revealVote(doc, zeph)
  return readBoard(doc)
}

const board = makePrivacyBoard()
const now = new Date('2026-12-01T10:00:00Z')
const reports = (names: ReportNames) => renderReports(board, names, now)

describe('names in reports', () => {
  it.each(['roles', 'anonymous'] as const)('shows no name with %s', (names) => {
    for (const [format, output] of Object.entries(reports(names))) {
      expect(output, format).not.toMatch(/Zephyrine|Quillon/)
    }
  })

  it('shows names when the group opted in', () => {
    for (const [format, output] of Object.entries(reports('names'))) {
      expect(output, format).toMatch(/Quillon/)
    }
  })

  it('names on a card only the authors who asked to be named', () => {
    const { markdown, csv, svg } = reports('names')
    expect(markdown).toContain('- Shared with the room — *Quillon (Provider)*')
    // Zephyrine's reframe keeps the default: in the report, without her name.
    for (const [format, output] of Object.entries({ csv, svg })) {
      expect(output, format).toContain('We could listen together')
      expect(output, format).not.toContain('Zephyrine')
    }
  })

  it('attaches no side to any single contribution when anonymous', () => {
    const { markdown, html, csv, svg } = reports('anonymous')
    expect(markdown).toContain('- Shared with the room\n')
    expect(markdown).not.toMatch(/ — \*|said by|from Provider|from Lived/)
    expect(html).not.toMatch(/class="credit"|said by|from Provider/)
    expect(csv.split('\r\n')[0]).not.toMatch(/,Role,/)
    expect(svg).not.toMatch(/>(Provider|Lived experience)<\/tspan>|THEY… ·/)
  })

  it('still counts the sides in aggregate when anonymous', () => {
    const { markdown } = reports('anonymous')
    expect(markdown).toMatch(/\| Lived experience \| 1 \|/)
    expect(markdown).toMatch(/Provider: has concerns/)
  })

  it('credits contributions to sides, not people, with roles', () => {
    const { markdown } = reports('roles')
    expect(markdown).toContain('- Shared with the room — *Provider*')
    expect(markdown).toContain('*(said by Provider)*')
  })
})

describe('notes kept out of exports', () => {
  it('are absent from every format, with every naming option', () => {
    for (const names of ['names', 'roles', 'anonymous'] as const) {
      for (const [format, output] of Object.entries(reports(names))) {
        expect(output, `${format} ${names}`).not.toContain('Please keep this one out')
      }
    }
    const json = JSON.stringify(exportBoardJson('b', board))
    expect(json).not.toContain('Please keep this one out')
    expect(json).not.toContain('"item-2"')
  })

  it('take their dots with them', () => {
    expect(reports('roles').markdown).toContain('1 dot from 1 person')
  })
})

describe('private notes not yet revealed', () => {
  it('stay out of every report until their stage is revealed', () => {
    for (const [format, output] of Object.entries(reports('names'))) {
      expect(output, format).not.toContain('Written alone')
    }
  })

  it('stay out of the board file too, even a full backup, with the stage still unrevealed', () => {
    for (const fullBackup of [false, true]) {
      const file = exportBoardJson('b', board, now, { fullBackup })
      expect(JSON.stringify(file)).not.toContain('Written alone')
      expect(file.stages[0]).toMatchObject({ private: true, revealed: false })
    }
  })
})
