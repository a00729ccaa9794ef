import { describe, expect, it } from 'vitest'
import { listOutcomes, setStance } from './outcomes'
import { readBoard } from './read'
import { stanceReasons } from './stanceReasons'
import { makeBoard, person } from './testing/builders'
import type { ItemId, ParticipantId } from './schema'

const people = [
  person('amina', 'lived-experience'),
  person('okafor', 'provider'),
  person('helen', 'commissioner'),
]
const outcome = {
  kind: 'outcome' as const,
  by: 'helen',
  outcome: 'Calls answered in 2 hours',
  measure: 'Call log',
}
const first = 'item-1' as ItemId
const who = (id: string, role: string) => ({ participantId: id as ParticipantId, role })

describe('stance reasons', () => {
  it('lists objections before concerns, each with the side the roster gives its author', () => {
    const doc = makeBoard({ people, items: [outcome] })
    setStance(doc, first, who('amina', 'lived-experience'), 'concerns', 'Nights are hardest')
    // The entry claims the commissioner side; the roster says provider.
    setStance(doc, first, who('okafor', 'commissioner'), 'object', '  No data yet  ')
    setStance(doc, first, who('helen', 'commissioner'), 'agree', 'Happy with it')
    const board = readBoard(doc)
    const reasons = stanceReasons(listOutcomes(board)[0], board.participants)
    expect(reasons.map((r) => [r.stance, r.role, r.note])).toEqual([
      ['object', 'provider', 'No data yet'],
      ['concerns', 'lived-experience', 'Nights are hardest'],
    ])
  })

  it('leaves out stances without words and people who are not on the roster', () => {
    const doc = makeBoard({ people, items: [outcome] })
    setStance(doc, first, who('amina', 'lived-experience'), 'object', '   ')
    setStance(doc, first, who('stranger', 'provider'), 'concerns', 'Forged worry')
    const board = readBoard(doc)
    expect(stanceReasons(listOutcomes(board)[0], board.participants)).toEqual([])
  })
})
