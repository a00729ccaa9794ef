import { describe, expect, it } from 'vitest'
import { acceptReframe, acceptedRoles, reframeNote } from './reframes'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'
import type { ItemId, ParticipantId } from './schema'

describe('reframe', () => {
  it('keeps the source note’s role and suggests a "We could" opening', () => {
    const doc = makeBoard({
      people: [person('amina', 'lived-experience'), person('okafor', 'provider')],
      items: [note('amina', 'They never call back after you leave a message.')],
    })
    const reframeId = reframeNote(doc, 'item-1' as ItemId, {
      participantId: 'okafor' as ParticipantId,
      role: 'provider',
    })!
    const card = readBoard(doc).items.get(reframeId)
    expect(card).toMatchObject({
      kind: 'reframe',
      they: 'They never call back after you leave a message.',
      theyRole: 'lived-experience',
      role: 'provider',
      authorId: 'okafor',
      sourceNoteId: 'item-1',
    })
    expect(card?.kind === 'reframe' && card.we).toMatch(/^We could/)
  })

  it('records acceptance per side', () => {
    const doc = makeBoard({
      people: [person('amina', 'lived-experience'), person('okafor', 'provider')],
      items: [note('amina', 'Doctors always rush you.')],
    })
    const id = reframeNote(doc, 'item-1' as ItemId, {
      participantId: 'amina' as ParticipantId,
      role: 'lived-experience',
    })!
    acceptReframe(doc, id, { participantId: 'okafor' as ParticipantId, role: 'provider' }, true)
    acceptReframe(
      doc,
      id,
      { participantId: 'amina' as ParticipantId, role: 'lived-experience' },
      true,
    )
    acceptReframe(
      doc,
      id,
      { participantId: 'amina' as ParticipantId, role: 'lived-experience' },
      false,
    )
    const board = readBoard(doc)
    const card = board.items.get(id)
    expect(
      card?.kind === 'reframe' &&
        acceptedRoles(card.acceptedBy, board.participants, ['lived-experience', 'provider']),
    ).toEqual(['provider'])
  })

  it('does nothing for a note that was deleted meanwhile', () => {
    const doc = makeBoard()
    expect(
      reframeNote(doc, 'gone' as ItemId, { participantId: 'x' as ParticipantId, role: 'other' }),
    ).toBeNull()
  })
})
