import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBoardRoots } from './roots'
import { addNote, initBoard } from './operations'
import { addOutcome } from './outcomes'
import { readBoard } from './read'
import { repairBoard } from './repair'
import { setTheyFramingDismissed } from './theyFramingDismissal'
import type { ItemId, ParticipantId } from './schema'

const author = { authorId: 'p1' as ParticipantId, role: 'provider' }

function boardWithNote(): { doc: Y.Doc; id: ItemId } {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Board' })
  const id = addNote(doc, { x: 0, y: 0, ...author, text: 'The council should fix the lifts' })
  return { doc, id }
}

const isDismissed = (doc: Y.Doc, id: ItemId) => {
  const item = readBoard(doc).items.get(id)
  return item?.kind === 'note' && item.theyFramingDismissed
}

describe('setTheyFramingDismissed', () => {
  it('hides the chip for a note, and unset reads as not dismissed', () => {
    const { doc, id } = boardWithNote()
    expect(isDismissed(doc, id)).toBe(false)
    expect(setTheyFramingDismissed(doc, id, true)).toBe(true)
    expect(isDismissed(doc, id)).toBe(true)
    expect(setTheyFramingDismissed(doc, id, false)).toBe(true)
    expect(getBoardRoots(doc).items.get(id)?.has('theyFramingDismissed')).toBe(false)
  })

  it('is undone by the undo manager that tracks its origin', () => {
    const { doc, id } = boardWithNote()
    const origin = { user: 'p2' }
    const undo = new Y.UndoManager(getBoardRoots(doc).items, { trackedOrigins: new Set([origin]) })
    setTheyFramingDismissed(doc, id, true, origin)
    expect(isDismissed(doc, id)).toBe(true)
    undo.undo()
    expect(isDismissed(doc, id)).toBe(false)
  })

  it('does nothing to a missing item or to an item that is not a note', () => {
    const { doc } = boardWithNote()
    expect(setTheyFramingDismissed(doc, 'gone' as ItemId, true)).toBe(false)
    const outcome = addOutcome(doc, { x: 0, y: 0, ...author })
    expect(setTheyFramingDismissed(doc, outcome, true)).toBe(false)
    expect(getBoardRoots(doc).items.get(outcome)?.has('theyFramingDismissed')).toBe(false)
  })

  it('is repaired to unset when a peer writes anything but a boolean', () => {
    const { doc, id } = boardWithNote()
    getBoardRoots(doc).items.get(id)!.set('theyFramingDismissed', 'x'.repeat(10_000))
    expect(repairBoard(doc)).toBeGreaterThanOrEqual(1)
    expect(getBoardRoots(doc).items.get(id)?.has('theyFramingDismissed')).toBe(false)
    expect(isDismissed(doc, id)).toBe(false)
  })
})
