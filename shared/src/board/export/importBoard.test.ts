import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { readBoard } from '../read'
import { addNote, initBoard, setKeepOutOfExport } from '../operations'
import { makeBoard, note, person } from '../testing/builders'
import { getTemplate } from '../templates'
import type { ParticipantId } from '../schema'
import { makeSampleBoard, SAMPLE_NOW } from './testing/sampleBoard'
import { exportBoardJson, type BoardExport } from '.'
import { buildBoardFromExport, parseBoardExport, templateFromExport } from './importBoard'
import { IMPORT_LIMITS } from './exportSchema'

afterEach(() => {
  vi.useRealTimers()
})

function sampleExport(): BoardExport {
  vi.useFakeTimers({ toFake: ['Date'] })
  const board = readBoard(makeSampleBoard((at) => vi.setSystemTime(at)))
  vi.useRealTimers()
  return exportBoardJson('original-board', board, SAMPLE_NOW)
}

/** What a file looks like after a trip through JSON text, as a server receives it. */
function asFile(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

function importInto(file: unknown): Y.Doc {
  const parsed = parseBoardExport(file)
  if (!parsed.ok) throw new Error(parsed.error)
  const doc = new Y.Doc()
  buildBoardFromExport(parsed.value, doc)
  return doc
}

describe('export → import → export', () => {
  it('gives the same file apart from the board id, export time and what stayed in the room', () => {
    const first = sampleExport()
    const doc = importInto(asFile(first))
    const second = exportBoardJson('new-board', readBoard(doc), new Date('2027-01-05T12:00:00Z'))
    // The card kept in the room never left it, so the new board has nothing to keep in.
    expect(first.withheld).toBe(1)
    expect(second.withheld).toBe(0)
    const same = (file: BoardExport) =>
      asFile({
        ...file,
        board: { ...file.board, id: 'x' },
        exportedAt: 'x',
        withheld: 0,
        notice: '',
      })
    expect(same(second)).toEqual(same(first))
  })

  it('keeps a note the group said is not blame', () => {
    const file = asFile(sampleExport()) as {
      items: { kind: string; theyFramingDismissed?: true }[]
    }
    const notes = file.items.filter((item) => item.kind === 'note')
    expect(notes.some((item) => 'theyFramingDismissed' in item)).toBe(false)
    notes[0]!.theyFramingDismissed = true
    const board = readBoard(importInto(file))
    const dismissed = [...board.items.values()].filter(
      (item) => item.kind === 'note' && item.theyFramingDismissed,
    )
    expect(dismissed).toHaveLength(1)
    const again = exportBoardJson('new-board', board, SAMPLE_NOW)
    expect(
      again.items.filter((item) => item.kind === 'note' && item.theyFramingDismissed),
    ).toHaveLength(1)
  })

  it('keeps each card’s consent, and a full backup keeps every name', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const board = readBoard(makeSampleBoard((at) => vi.setSystemTime(at)))
    vi.useRealTimers()
    const backup = exportBoardJson('original-board', board, SAMPLE_NOW, { fullBackup: true })
    expect(backup.fullBackup).toBe(true)
    expect(backup.notice).toMatch(/^A full backup/)
    const copy = readBoard(importInto(asFile(backup)))
    for (const [id, item] of board.items) {
      if (item.kind !== 'note' && item.kind !== 'reframe') continue
      if (item.consent === 'room-only') expect(copy.items.has(id)).toBe(false)
      else expect(copy.items.get(id)).toMatchObject({ consent: item.consent })
    }
    const names = (people: Iterable<{ name: string }>) => [...people].map((p) => p.name).sort()
    expect(names(copy.participants.values())).toEqual(names(board.participants.values()))
    expect(
      [...copy.items.values()].filter((i) => 'consent' in i && i.consent === 'report-named'),
    ).toHaveLength(3)
  })

  it('keeps item ids, so clusters, reframe sources and dots still point at their items', () => {
    const first = sampleExport()
    const board = readBoard(importInto(asFile(first)))
    const cluster = first.clusters[0]
    for (const id of cluster.memberIds) {
      expect(board.items.get(id as never)).toMatchObject({ clusterId: cluster.id })
    }
    expect(board.votes).toHaveLength(first.rawVotes.length)
    expect(board.meta.vote?.id).toBe(first.voteSession?.id)
  })

  it('restores the facilitation log as it was, without adding entries', () => {
    const first = sampleExport()
    const board = readBoard(importInto(asFile(first)))
    expect(board.facilitationLog).toHaveLength(first.facilitationLog.length)
    expect([...board.facilitators].sort()).toEqual(first.facilitators)
  })

  it('imports a hand-written file with only the required fields', () => {
    const doc = importInto({
      format: 'coboard-board',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2026-11-28T09:00:00.000Z',
      board: {
        id: '',
        title: 'Hand made',
        purpose: '',
        createdAt: '2026-11-28T09:00:00.000Z',
        roles: [{ id: 'provider', label: 'Provider', description: '' }],
      },
      participants: [],
      items: [
        {
          id: 'n1',
          kind: 'note',
          x: 0,
          y: 0,
          role: 'provider',
          authorId: 'p1',
          stageId: null,
          createdAt: '2026-11-28T09:01:00.000Z',
          text: 'Hello',
          color: 'blue',
          clusterId: null,
        },
      ],
      stages: [],
    })
    const board = readBoard(doc)
    expect(board.meta.title).toBe('Hand made')
    expect(board.items.get('n1' as never)).toMatchObject({ text: 'Hello', color: 'blue' })
  })

  it('keeps a note in the room when an old file kept it out of exports', () => {
    const file = asFile(sampleExport()) as { items: { kind: string; keepOutOfExport?: boolean }[] }
    file.items.find((item) => item.kind === 'note')!.keepOutOfExport = true
    const board = readBoard(importInto(file))
    expect(
      [...board.items.values()].filter((i) => i.kind === 'note' && i.consent === 'room-only'),
    ).toHaveLength(1)
  })

  it('refuses to write into a document that already holds a board', () => {
    const parsed = parseBoardExport(asFile(sampleExport()))
    if (!parsed.ok) throw new Error(parsed.error)
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Existing' })
    expect(() => buildBoardFromExport(parsed.value, doc)).toThrow(/empty document/)
  })
})

describe('parseBoardExport', () => {
  const errorOf = (file: unknown) => {
    const result = parseBoardExport(file)
    if (result.ok) throw new Error('expected the file to be refused')
    return result.error
  }

  it('refuses something that is not a board file', () => {
    expect(errorOf(null)).toMatch(/not a Coboard board file/)
    expect(errorOf({ format: 'trello' })).toMatch(/not a Coboard board file/)
    expect(errorOf([1, 2])).toMatch(/not a Coboard board file/)
  })

  it('refuses a file from a newer version with a plain explanation', () => {
    const file = { ...(asFile(sampleExport()) as object), formatVersion: 99 }
    expect(errorOf(file)).toMatch(/newer version of Coboard \(format 99\)/)
  })

  it('says where a text is too long', () => {
    const file = asFile(sampleExport()) as { items: { text?: string }[] }
    file.items[0].text = 'x'.repeat(2001)
    expect(errorOf(file)).toMatch(/items\[0\]\.text: is longer than 2000 characters/)
  })

  it('caps the number of items', () => {
    const file = asFile(sampleExport()) as { items: unknown[] }
    file.items = Array.from({ length: IMPORT_LIMITS.items + 1 }, () => file.items[0])
    expect(errorOf(file)).toMatch(/items: holds more than 10,000 items/)
  })

  it('refuses repeated ids and a current stage that is not on the agenda', () => {
    const file = asFile(sampleExport()) as {
      items: { id: string }[]
      board: { currentStageId: string }
    }
    file.items[1].id = file.items[0].id
    file.board.currentStageId = 'nowhere'
    const error = errorOf(file)
    expect(error).toMatch(/items\[1\]\.id: repeats the item id "item-01"/)
    expect(error).toMatch(/board\.currentStageId: names the stage "nowhere"/)
  })

  it('refuses an unknown kind, a bad time and an id that would break a vote key', () => {
    const file = asFile(sampleExport()) as {
      items: { kind: string }[]
      exportedAt: string
      rawVotes: { participantId: string }[]
    }
    file.items[0].kind = 'sticker'
    file.exportedAt = 'yesterday'
    file.rawVotes[0].participantId = 'a|b'
    const error = errorOf(file)
    expect(error).toMatch(/items\[0\]/)
    expect(error).toMatch(/exportedAt: must be an ISO 8601 UTC time/)
    expect(error).toMatch(/rawVotes\[0\]\.participantId: must not contain "\|"/)
  })

  it('lists a few problems and sums up the rest', () => {
    const file = asFile(sampleExport()) as { items: { x: unknown }[] }
    for (const item of file.items) item.x = 'left'
    const error = errorOf(file)
    expect(error.split('\n').length).toBeLessThan(12)
    expect(error).toMatch(/and \d+ more/)
  })
})

describe('templateFromExport', () => {
  it('keeps the agenda and nothing anyone wrote', () => {
    const parsed = parseBoardExport(asFile(sampleExport()))
    if (!parsed.ok) throw new Error(parsed.error)
    const template = templateFromExport(parsed.value)
    expect(template.title).toBe('Improving the community mental health crisis pathway')
    expect(template.stages).toEqual(getTemplate('co-production').stages)
    expect(JSON.stringify(template)).not.toMatch(/crisis line|Amina/)
  })

  it('makes a template of a board without stages', () => {
    const doc = makeBoard({ people: [person('p', 'provider')], items: [note('p', 'Hi')] })
    const parsed = parseBoardExport(asFile(exportBoardJson('b', readBoard(doc))))
    if (!parsed.ok) throw new Error(parsed.error)
    expect(templateFromExport(parsed.value)).toMatchObject({ id: 'Sample-board', stages: [] })
  })
})

describe('exportBoardJson', () => {
  it('turns every Map into an array, so JSON.stringify loses nothing', () => {
    const file = sampleExport()
    expect(asFile(file)).toEqual(file)
  })

  it('leaves out notes kept out of exports, the dots on them and links to them', () => {
    const doc = makeBoard({
      people: [person('p', 'provider')],
      items: [note('p', 'Private words')],
    })
    setKeepOutOfExport(doc, 'item-1' as never, true)
    const file = exportBoardJson('b', readBoard(doc))
    expect(JSON.stringify(file)).not.toMatch(/Private words|item-1/)
  })

  it('lists items in the same order however the document was built', () => {
    const build = (order: readonly number[]) => {
      const doc = new Y.Doc()
      initBoard(doc, { title: 'Order', createdAt: 0 })
      vi.useFakeTimers({ toFake: ['Date'], now: 1000 })
      for (const i of order) {
        addNote(doc, {
          id: `n${i}` as never,
          x: i,
          y: 0,
          authorId: 'p' as ParticipantId,
          role: 'provider',
        })
      }
      vi.useRealTimers()
      const file = exportBoardJson('b', readBoard(doc), new Date(0))
      // The stacking order is the order they were made in, which is what differs here.
      return { ...file, items: file.items.map(({ stackIndex: _, ...item }) => item) }
    }
    expect(build([3, 1, 2])).toEqual(build([1, 2, 3]))
  })

  it('writes an infinite voice ratio as null', () => {
    const doc = makeBoard({ people: [person('p', 'provider')], items: [note('p', 'Hi')] })
    const board = readBoard(doc)
    // A contribution by someone no longer on the roster gives their side an infinite ratio.
    const orphan = { ...board.items.get('item-1' as never)!, role: 'ghost' } as never
    const file = exportBoardJson('b', { ...board, items: new Map([['item-1' as never, orphan]]) })
    expect(file.participation.roles.find((r) => r.role === 'ghost')?.ratio).toBeNull()
  })
})
