import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { castVote, myVotes, removeVote, revealVote, startVote, tallyVotes } from './voting'
import { getBoardRoots } from './roots'
import { getItemMap } from './operations'
import { advanceStage } from './stages'
import { readBoard } from './read'
import { makeBoard, note, person } from './testing/builders'
import type { ItemId, ParticipantId } from './schema'

const people = [
  person('amina', 'lived-experience'),
  person('dev', 'lived-experience'),
  person('okafor', 'provider'),
  person('sian', 'provider'),
]
const items = [
  note('amina', 'Someone answers who knows my plan'),
  note('okafor', 'Fewer handovers'),
  note('sian', 'Call back within an hour'),
]
const p = (id: string) => id as ParticipantId
/** Sian facilitates: she wears the hat on every board these tests make. */
const sian = { participantId: p('sian'), role: 'provider' }
const item = (n: number) => `item-${n}` as ItemId

describe('voting', () => {
  it('ties a new vote to the stage the board is on', () => {
    const doc = makeBoard({ template: 'co-production', people, items, hat: 'sian' })
    advanceStage(doc, sian)
    const session = startVote(doc, {}, sian)
    const { meta, stages } = readBoard(doc)
    expect(session?.stageId).toBe(stages[1].id)
    expect(meta.vote?.stageId).toBe(stages[1].id)
  })

  it('takes dots on cards of the vote’s kinds from every stage, and on nothing else', () => {
    // The notes were written in the first stage; the vote opens in a later one.
    const doc = makeBoard({ template: 'co-production', people, items, hat: 'sian' })
    advanceStage(doc, sian)
    advanceStage(doc, sian)
    startVote(doc, { kinds: ['note'] }, sian)
    expect(castVote(doc, p('dev'), item(1))).toBe(true)
    getItemMap(doc, item(2))!.set('kind', 'cluster')
    expect(castVote(doc, p('dev'), item(2))).toBe(false)
    expect(castVote(doc, p('dev'), 'no-such-card' as ItemId)).toBe(false)
    const board = readBoard(doc)
    expect(tallyVotes(board, board.meta.vote!).items.map((tally) => tally.itemId)).toEqual([
      item(1),
    ])
  })

  it('ties a vote to no stage on a board without an agenda', () => {
    const doc = makeBoard({ people, items, hat: 'sian' })
    expect(startVote(doc, {}, sian)?.stageId).toBeNull()
  })

  it('gives everyone the same budget and refuses a fourth dot', () => {
    const doc = makeBoard({ people, items, hat: 'sian' })
    startVote(doc, { budget: 3 }, sian)
    expect(castVote(doc, p('amina'), item(1))).toBe(true)
    expect(castVote(doc, p('amina'), item(1))).toBe(true)
    expect(castVote(doc, p('amina'), item(3))).toBe(true)
    expect(castVote(doc, p('amina'), item(2))).toBe(false)
    const board = readBoard(doc)
    expect(myVotes(board.votes, board.meta.vote!, p('amina')).map((v) => v.itemId)).toEqual([
      item(1),
      item(1),
      item(3),
    ])
    expect(removeVote(doc, p('amina'), item(1))).toBe(true)
    expect(castVote(doc, p('amina'), item(2))).toBe(true)
  })

  it('ignores dots written past the budget straight into the document', () => {
    const doc = makeBoard({ people, items, hat: 'sian' })
    const session = startVote(doc, { budget: 2 }, sian)!
    const { votes } = getBoardRoots(doc)
    doc.transact(() => {
      for (let slot = 0; slot < 10; slot++) votes.set(`${session.id}|okafor|${slot}`, item(2))
    })
    const results = tallyVotes(readBoard(doc), session)
    expect(results.items).toEqual([{ itemId: item(2), total: 2, byRole: { provider: 2 } }])
  })

  it('splits results by role and finds what the sides agree on', () => {
    const doc = makeBoard({ people, items, hat: 'sian' })
    const session = startVote(doc, { budget: 2 }, sian)!
    castVote(doc, p('amina'), item(1))
    castVote(doc, p('amina'), item(3))
    castVote(doc, p('dev'), item(1))
    castVote(doc, p('okafor'), item(2))
    castVote(doc, p('okafor'), item(3))
    castVote(doc, p('sian'), item(2))
    revealVote(doc, sian)
    const board = readBoard(doc)
    expect(board.meta.vote?.status).toBe('revealed')
    const results = tallyVotes(board, session)
    expect(results.items.map((t) => [t.itemId, t.total])).toEqual([
      [item(1), 2],
      [item(2), 2],
      [item(3), 2],
    ])
    expect(results.roles).toEqual([
      { role: 'lived-experience', voters: 2, dots: 3, top: [item(1), item(3)] },
      { role: 'provider', voters: 2, dots: 3, top: [item(2), item(3)] },
    ])
    expect(results.sharedPriorities).toEqual([item(3)])
    expect(castVote(doc, p('dev'), item(2))).toBe(false)
  })

  it('converges when two devices of one person vote at once', () => {
    const a = makeBoard({ people, items, hat: 'sian' })
    const b = new Y.Doc()
    startVote(a, { budget: 1 }, sian)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    castVote(a, p('dev'), item(1))
    castVote(b, p('dev'), item(2))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    const session = readBoard(a).meta.vote!
    expect(tallyVotes(readBoard(a), session)).toEqual(tallyVotes(readBoard(b), session))
    expect(tallyVotes(readBoard(a), session).items.reduce((n, t) => n + t.total, 0)).toBe(1)
  })
})
