import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { addNote, initBoard, readBoard, type ParticipantId } from '@coboard/shared'
import { deletedMapChain, nestedMapChain } from '../../../tests/helpers/nestedTypes'
import { planLoad } from './planLoad'

const ada = 'ada' as ParticipantId

/** A board's snapshot and two log rows of one note each, made on their own devices. */
function storedBoard() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Stored' })
  const snapshot = Y.encodeStateAsUpdate(doc)
  const row = (text: string) => {
    const device = new Y.Doc()
    Y.applyUpdate(device, snapshot)
    const before = Y.encodeStateVector(device)
    addNote(device, { x: 0, y: 0, authorId: ada, role: 'provider', text })
    return Y.encodeStateAsUpdate(device, before)
  }
  return { snapshot, first: row('first'), second: row('second') }
}

function load(rows: readonly Uint8Array[]) {
  const doc = new Y.Doc()
  for (const row of rows) Y.applyUpdate(doc, row)
  return readBoard(doc)
}

describe('planLoad', () => {
  it('keeps every row of a healthy board', () => {
    const { snapshot, first, second } = storedBoard()
    const plan = planLoad([snapshot, first, second])
    expect(plan).toEqual({ rows: [snapshot, first, second], skipped: [], cutOff: [] })
  })

  it('leaves out a row that breaks the document, and keeps the rows after it', () => {
    const { snapshot, first, second } = storedBoard()
    const plan = planLoad([snapshot, first, deletedMapChain(4_000), second])
    expect(plan.skipped).toEqual([2])
    expect(plan.cutOff).toEqual([])
    expect(
      [...load(plan.rows).items.values()].map((item) => 'text' in item && item.text).sort(),
    ).toEqual(['first', 'second'])
  })

  it('leaves out rows that do not decode', () => {
    const { snapshot, first } = storedBoard()
    const plan = planLoad([snapshot, new Uint8Array([1, 2, 3]), first])
    expect(plan.skipped).toEqual([1])
    expect(plan.rows).toEqual([snapshot, first])
  })

  it('keeps a row whose deep structure the repair can take apart', () => {
    const { snapshot } = storedBoard()
    expect(planLoad([snapshot, nestedMapChain(4_000)]).skipped).toEqual([])
  })
})
