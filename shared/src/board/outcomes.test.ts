import { describe, expect, it } from 'vitest'
import { agreementByRole, isAgreedByAll, listOutcomes, rolesPresent, setStance } from './outcomes'
import { readBoard } from './read'
import { makeBoard, person } from './testing/builders'
import type { ItemId, ParticipantId } from './schema'

const people = [
  person('amina', 'lived-experience'),
  person('dev', 'lived-experience'),
  person('okafor', 'provider'),
  person('helen', 'commissioner'),
]
const outcome = {
  kind: 'outcome' as const,
  by: 'helen',
  outcome: 'People in crisis reach someone who knows their plan',
  measure: 'Share of calls answered with the plan at hand',
}
const first = 'item-1' as ItemId
const who = (id: string, role: string) => ({ participantId: id as ParticipantId, role })

describe('agreement by role', () => {
  it('counts as agreed by all only when every present role agrees', () => {
    const doc = makeBoard({ people, items: [outcome] })
    setStance(doc, first, who('amina', 'lived-experience'), 'agree')
    setStance(doc, first, who('okafor', 'provider'), 'agree')
    let board = readBoard(doc)
    const roles = rolesPresent(board)
    expect(roles).toEqual(['lived-experience', 'provider', 'commissioner'])
    expect(isAgreedByAll(listOutcomes(board)[0], roles, board.participants)).toBe(false)
    expect(
      agreementByRole(listOutcomes(board)[0], roles, board.participants).map((r) => r.status),
    ).toEqual(['agreed', 'agreed', 'waiting'])
    setStance(doc, first, who('helen', 'commissioner'), 'agree')
    board = readBoard(doc)
    expect(isAgreedByAll(listOutcomes(board)[0], roles, board.participants)).toBe(true)
  })

  it('is not agreed when anyone objects, even if their side also agrees', () => {
    const doc = makeBoard({ people, items: [outcome] })
    for (const [id, role] of [
      ['amina', 'lived-experience'],
      ['okafor', 'provider'],
      ['helen', 'commissioner'],
    ]) {
      setStance(doc, first, who(id, role), 'agree')
    }
    setStance(doc, first, who('dev', 'lived-experience'), 'object', 'Too narrow')
    const board = readBoard(doc)
    const [row] = listOutcomes(board)
    expect(isAgreedByAll(row, rolesPresent(board), board.participants)).toBe(false)
    expect(agreementByRole(row, rolesPresent(board), board.participants)[0]).toMatchObject({
      role: 'lived-experience',
      status: 'objected',
      agree: 1,
      object: 1,
    })
    expect(row.agreement.get('dev' as ParticipantId)?.note).toBe('Too narrow')
  })

  it('shows concerns without blocking, and lets a stance be withdrawn', () => {
    const doc = makeBoard({ people: people.slice(0, 3), items: [{ ...outcome, by: 'okafor' }] })
    setStance(doc, first, who('amina', 'lived-experience'), 'agree')
    setStance(doc, first, who('dev', 'lived-experience'), 'concerns', 'Who collects the data?')
    setStance(doc, first, who('okafor', 'provider'), 'agree')
    let board = readBoard(doc)
    expect(isAgreedByAll(listOutcomes(board)[0], rolesPresent(board), board.participants)).toBe(
      true,
    )
    setStance(doc, first, who('okafor', 'provider'), null)
    board = readBoard(doc)
    expect(isAgreedByAll(listOutcomes(board)[0], rolesPresent(board), board.participants)).toBe(
      false,
    )
  })

  it('takes each stance’s side from the roster and ignores ids not on it', () => {
    const doc = makeBoard({ people: people.slice(0, 3), items: [{ ...outcome, by: 'okafor' }] })
    // A stance that claims another side, and one from an id nobody joined as.
    setStance(doc, first, who('amina', 'commissioner'), 'agree')
    setStance(doc, first, who('ghost', 'provider'), 'object')
    setStance(doc, first, who('okafor', 'provider'), 'agree')
    const board = readBoard(doc)
    const [row] = listOutcomes(board)
    const roles = rolesPresent(board)
    expect(roles).toEqual(['lived-experience', 'provider'])
    expect(agreementByRole(row, roles, board.participants)).toMatchObject([
      { role: 'lived-experience', status: 'agreed', agree: 1 },
      { role: 'provider', status: 'agreed', agree: 1, object: 0 },
    ])
    expect(isAgreedByAll(row, roles, board.participants)).toBe(true)
  })
})
