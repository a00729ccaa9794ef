import { describe, expect, it } from 'vitest'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'
import { isOwnCard, ownCards } from './ownCards'
import type { ParticipantId } from './schema'

const DEV = 'dev' as ParticipantId

function board() {
  return readBoard(
    makeBoard({
      people: [person('dev', 'provider'), person('amina', 'lived-experience')],
      items: [
        note('dev', 'Staff are stretched'),
        note('amina', 'Letters arrive late'),
        {
          kind: 'reframe',
          by: 'dev',
          they: 'They never ring back',
          theyRole: 'lived-experience',
          we: 'We could agree a time',
        },
        {
          kind: 'outcome',
          by: 'dev',
          outcome: 'Fewer repeat calls',
          measure: 'Calls within 30 days',
        },
      ],
    }),
  )
}

describe('own cards', () => {
  it('are the notes and reframes a person wrote, not others’ and not outcomes', () => {
    const cards = ownCards(board().items.values(), DEV)
    expect(cards.map((card) => card.id).sort()).toEqual(['item-1', 'item-3'])
  })

  it('belong to nobody when nobody is asking', () => {
    const items = [...board().items.values()]
    expect(items.filter((item) => isOwnCard(item, null))).toEqual([])
    expect(items.filter((item) => isOwnCard(item, '' as ParticipantId))).toEqual([])
  })
})
