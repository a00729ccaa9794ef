import { describe, expect, it } from 'vitest'
import { readBoard } from './read'
import { computeVoiceBalance } from './balance'
import { castVote, revealVote, startVote, tallyVotes } from './voting'
import { takeHat } from './facilitation'
import { makeBoard, note, person } from './testing/builders'
import {
  exportBoardCsv,
  exportBoardHtml,
  exportBoardJson,
  exportBoardMarkdown,
  exportBoardSvg,
} from './export'
import type { ItemId, ParticipantId, RoleId } from './schema'

// Role and participant ids are text any client chooses. Ones that name what every plain object
// inherits must count like any other, in the tallies, the balance and every export.

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as RoleId[]
const now = new Date('2026-12-01T10:00:00Z')

/** One person per hostile role (ids hostile too) and a provider; each writes a note and votes. */
function hostileBoard() {
  const people = [...HOSTILE.map((role) => person(role, role, `Person ${role}`))]
  people.push(person('bo', 'provider', 'Bo'))
  const doc = makeBoard({
    people,
    items: [
      note('bo', 'Shared idea'),
      ...HOSTILE.map((role) => note(role, `Note by ${role}`)),
      {
        kind: 'outcome',
        by: 'bo',
        outcome: 'Shorter waits',
        measure: 'Days',
        stances: Object.fromEntries(people.map((p) => [p.id, 'agree' as const])),
      },
      {
        kind: 'reframe',
        by: 'bo',
        they: 'They never call',
        we: 'We call back',
        theyRole: 'provider' as RoleId,
        acceptedBy: people.map((p) => p.id),
      },
    ],
  })
  const bo = { participantId: 'bo' as ParticipantId, role: 'provider' }
  takeHat(doc, bo)
  startVote(doc, {}, bo)
  for (const p of people) castVote(doc, p.id as ParticipantId, 'item-1' as ItemId)
  revealVote(doc, bo)
  return readBoard(doc)
}

const INHERITED_TEXT = /\[object Object\]|native code|function \w*\(/

describe('role and participant ids named like inherited properties', () => {
  it('are counted in the tally, and a role with no dots reads as none', () => {
    const board = hostileBoard()
    const results = tallyVotes(board, board.meta.vote!)
    expect(results.items).toHaveLength(1)
    const [tally] = results.items
    expect(tally.total).toBe(5)
    for (const role of [...HOSTILE, 'provider' as RoleId]) expect(tally.byRole[role]).toBe(1)
    expect(Object.keys(tally.byRole).sort()).toEqual([...HOSTILE, 'provider'].sort())
    for (const absent of ['valueOf', 'isPrototypeOf', 'commissioner'] as RoleId[]) {
      expect(tally.byRole[absent]).toBeUndefined()
    }
    expect(results.roles.map((role) => role.role).sort()).toEqual([...HOSTILE, 'provider'].sort())
  })

  it('have their own voice in the balance', () => {
    const balance = computeVoiceBalance(readBoard(makeBoard()), null)
    expect(balance.roles).toEqual([])
    const board = hostileBoard()
    const { roles, score } = computeVoiceBalance(board, board.meta.vote)
    for (const role of HOSTILE) {
      expect(roles.find((voice) => voice.role === role)).toMatchObject({
        participants: 1,
        notes: 1,
        votes: 1,
        agreements: 2,
      })
    }
    expect(Number.isFinite(score)).toBe(true)
  })

  it('print as themselves with the right counts in every export', () => {
    const board = hostileBoard()
    const texts = {
      md: exportBoardMarkdown(board, { names: 'names', now }),
      html: exportBoardHtml(board, { names: 'names', now }),
      csv: exportBoardCsv(board, { names: 'names' }),
      svg: exportBoardSvg(board, { names: 'names' }),
      json: JSON.stringify(exportBoardJson('board-1', board, now)),
    }
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).not.toMatch(INHERITED_TEXT)
      // Markdown escapes underscores, as it must.
      const written = (role: string) => (format === 'md' ? role.replace(/_/g, '\\_') : role)
      for (const role of HOSTILE) expect(text, format).toContain(written(role))
    }

    const [header, firstRow] = texts.csv.replace(/^\uFEFF/, '').split('\r\n')
    const columns = header.split(',')
    const cells = firstRow.split(',')
    expect(cells[0]).toBe('item-1')
    expect(cells[columns.indexOf('Votes')]).toBe('5')
    for (const role of [...HOSTILE, 'provider']) {
      const label = role === 'provider' ? 'Provider' : role
      expect(cells[columns.indexOf(`Votes: ${label}`)], role).toBe('1')
    }

    const exported = JSON.parse(texts.json) as {
      votes: { itemId: string; total: number; byRole: Record<string, number> }[]
    }
    const byRole = exported.votes[0].byRole
    expect(Object.keys(byRole).sort()).toEqual([...HOSTILE, 'provider'].sort())
    for (const role of [...HOSTILE, 'provider']) expect(Object.hasOwn(byRole, role)).toBe(true)
    expect(Object.values(byRole)).toEqual([1, 1, 1, 1, 1])
  })
})
