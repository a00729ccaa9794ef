import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { advanceStage, goToStage } from './stages'
import { passHat, type HatWearer } from './facilitation'
import { readBoard } from './read'
import { getBoardRoots } from './roots'
import { repairBoard } from './repair'
import { makeBoard, note, person } from './testing/builders'
import { activeSpotlight, clearSpotlight, setProjectorView, spotlightItem } from './projector'
import type { ItemId, ParticipantId } from './schema'

const sian: HatWearer = { participantId: 'sian' as ParticipantId, role: 'provider' }
const tom: HatWearer = { participantId: 'tom' as ParticipantId, role: 'lived-experience' }
const first = 'item-1' as ItemId

/** A board on its second stage (open writing) with two notes, facilitated by Sian. */
function room(): Y.Doc {
  const doc = makeBoard({
    template: 'co-production',
    people: [person('sian', 'provider'), person('tom', 'lived-experience')],
    hat: 'sian',
    items: [note('tom', 'The letters come too late', { stage: 1 }), note('sian', 'Ring first')],
  })
  advanceStage(doc, sian)
  return doc
}

describe('projector › spotlight', () => {
  it('puts a card up for the stage it was spotlighted in, and clears it', () => {
    const doc = room()
    expect(spotlightItem(doc, first, sian)).toBe(true)
    const meta = readBoard(doc).meta
    expect(activeSpotlight(meta)).toMatchObject({ itemId: first, by: 'sian' })
    expect(meta.spotlight?.stageId).toBe(meta.currentStageId)
    expect(clearSpotlight(doc, sian)).toBe(true)
    expect(readBoard(doc).meta.spotlight).toBeNull()
    expect(clearSpotlight(doc, sian)).toBe(false)
  })

  it('refuses someone without the hat, or who passed it on, and changes nothing', () => {
    const doc = room()
    const before = Y.encodeStateVector(doc)
    expect(spotlightItem(doc, first, tom)).toBe(false)
    expect(setProjectorView(doc, 'board', tom)).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(before)
    spotlightItem(doc, first, sian)
    passHat(doc, sian, tom)
    expect(clearSpotlight(doc, sian)).toBe(false)
    expect(clearSpotlight(doc, tom)).toBe(true)
  })

  it('refuses a card that does not exist', () => {
    expect(spotlightItem(room(), 'nope' as ItemId, sian)).toBe(false)
  })

  it('ends when the room moves to another stage, and stays ended on the way back', () => {
    const doc = room()
    const stageTwo = readBoard(doc).stages[1].id
    spotlightItem(doc, first, sian)
    advanceStage(doc, sian)
    expect(activeSpotlight(readBoard(doc).meta)).toBeNull()
    goToStage(doc, stageTwo, sian)
    expect(activeSpotlight(readBoard(doc).meta)).toBeNull()
  })

  it('reads a spotlight left over from another stage as over (a write that raced the move)', () => {
    const doc = room()
    spotlightItem(doc, first, sian)
    const stale = getBoardRoots(doc).meta.get('spotlight')
    advanceStage(doc, sian)
    getBoardRoots(doc).meta.set('spotlight', stale)
    expect(readBoard(doc).meta.spotlight).not.toBeNull()
    expect(activeSpotlight(readBoard(doc).meta)).toBeNull()
  })

  it('never puts a private note on the wall before its reveal', () => {
    // The template's first stage is private writing, and current on a new board.
    const doc = makeBoard({
      template: 'co-production',
      people: [person('sian', 'provider')],
      hat: 'sian',
      items: [note('sian', 'My own words', { stage: 0 })],
    })
    expect(readBoard(doc).stages[0].private).toBe(true)
    expect(spotlightItem(doc, first, sian)).toBe(false)
  })
})

describe('projector › view', () => {
  it('starts on the current stage and switches to the whole board only by choice', () => {
    const doc = room()
    expect(readBoard(doc).meta.projectorView).toBe('stage')
    expect(setProjectorView(doc, 'board', sian)).toBe(true)
    expect(readBoard(doc).meta.projectorView).toBe('board')
    expect(setProjectorView(doc, 'board', sian)).toBe(false)
    expect(setProjectorView(doc, 'stage', sian)).toBe(true)
    expect(readBoard(doc).meta.projectorView).toBe('stage')
  })
})

describe('projector › repair', () => {
  it('removes a malformed view or spotlight and keeps a good one', () => {
    const doc = room()
    const { meta } = getBoardRoots(doc)
    meta.set('projectorView', 'everything')
    meta.set('spotlight', { itemId: first, by: 'sian', stageId: null, at: 1, bulk: 'x'.repeat(99) })
    expect(repairBoard(doc)).toBe(2)
    expect(meta.has('projectorView')).toBe(false)
    expect(meta.has('spotlight')).toBe(false)
    meta.set('spotlight', { itemId: 42, by: 'sian', stageId: null, at: 1 })
    expect(repairBoard(doc)).toBe(1)
    setProjectorView(doc, 'board', sian)
    spotlightItem(doc, first, sian)
    expect(repairBoard(doc)).toBe(0)
    expect(readBoard(doc).meta.spotlight?.itemId).toBe(first)
  })
})
