import { describe, expect, it } from 'vitest'
import {
  acceptedRoles,
  isAgreedByAll,
  readBoard,
  rolesPresent,
  type BoardSnapshot,
  type ItemId,
  type Outcome,
  type Reframe,
} from '@coboard/shared'
import { createBoardActions } from '../../client/src/core/actions/boardActions'
import { createCoproductionActions } from '../../client/src/core/actions/coproductionActions'
import { createUiStore } from '../../client/src/core/state/uiStore'
import { createBoard } from '../helpers/api'
import { useServerPerTest } from '../helpers/serverPerTest'
import { waitFor, waitForAcked, type TestClient } from '../helpers/providers'

// Two people of different sides, each with a real provider and the client's own verbs (the
// same objects the browser's session exposes), co-producing through a real server.

interface Person {
  readonly client: TestClient
  readonly actions: ReturnType<typeof createBoardActions>
  readonly coproduction: ReturnType<typeof createCoproductionActions>
  board(): BoardSnapshot
}

const outcomeAt = (person: Person, id: ItemId) =>
  person.board().items.get(id) as Outcome | undefined
const reframeAt = (person: Person, id: ItemId) =>
  person.board().items.get(id) as Reframe | undefined

describe('co-production', () => {
  const server = useServerPerTest()

  const join = async (boardId: string, token: string, name: string, role: string) => {
    const ui = createUiStore(boardId)
    ui.getState().setMe(name, role)
    const { participantId } = ui.getState().me
    const client = await server.connect(boardId, token, participantId)
    const origin = { source: name }
    const person: Person = {
      client,
      actions: createBoardActions(client.doc, ui, origin),
      coproduction: createCoproductionActions(client.doc, ui, origin),
      board: () => readBoard(client.doc),
    }
    person.actions.join()
    await waitForAcked(client)
    return person
  }

  const openBoard = async () => {
    const board = await createBoard(server.url, { title: 'Crisis pathway' })
    const amina = await join(board.id, board.editToken, 'Amina', 'lived-experience')
    const sian = await join(board.id, board.editToken, 'Sian', 'provider')
    await waitFor(() => amina.board().participants.size === 2, 10_000, 'both on the roster')
    return { amina, sian }
  }

  it('agrees an outcome written by two sides only once every side present agrees', async () => {
    const { amina, sian } = await openBoard()

    const id = amina.coproduction.addOutcome(120, 80)
    await waitFor(() => outcomeAt(sian, id) !== undefined, 10_000, 'the outcome to reach Sian')

    // Amina writes how we'll know while Sian words the outcome itself, at the same time.
    amina.actions.editItemText(id, 'measure', '', 'Time from message to call back')
    sian.actions.editItemText(id, 'outcome', '', 'Nobody waits for a call back')
    const first = 'Nobody waits for a call back'
    const hasFirst = (person: Person) =>
      outcomeAt(person, id)?.outcome === first &&
      outcomeAt(person, id)?.measure === 'Time from message to call back'
    await waitFor(() => hasFirst(amina) && hasFirst(sian), 10_000, 'both fields at both ends')

    // Then both type into the outcome at once, at either end of the text they both see.
    amina.actions.editItemText(id, 'outcome', first, `People in crisis: ${first}`)
    sian.actions.editItemText(id, 'outcome', first, `${first} longer than promised`)
    const merged = 'People in crisis: Nobody waits for a call back longer than promised'
    await waitFor(
      () => outcomeAt(amina, id)?.outcome === merged && outcomeAt(sian, id)?.outcome === merged,
      10_000,
      'both edits to merge',
    )

    const agreedAt = (person: Person) => {
      const outcome = outcomeAt(person, id)
      return outcome
        ? isAgreedByAll(outcome, rolesPresent(person.board()), person.board().participants)
        : false
    }
    amina.coproduction.setStance(id, 'agree')
    sian.coproduction.setStance(id, 'concerns', 'Needs two more staff on evenings')
    await waitFor(
      () => outcomeAt(amina, id)?.agreement.size === 2 && outcomeAt(sian, id)?.agreement.size === 2,
      10_000,
      'both stances to reach both sides',
    )
    // Concerns are heard, not counted as agreement: one side is still not agreed.
    expect(agreedAt(amina)).toBe(false)
    expect(agreedAt(sian)).toBe(false)
    expect([...outcomeAt(amina, id)!.agreement.values()].map((a) => a.note)).toContain(
      'Needs two more staff on evenings',
    )

    sian.coproduction.setStance(id, 'agree')
    await waitFor(() => agreedAt(amina) && agreedAt(sian), 10_000, 'agreed by all at both ends')
    expect(rolesPresent(amina.board())).toEqual(['lived-experience', 'provider'])

    // Withdrawing one side's stance undoes "agreed by all" everywhere.
    amina.coproduction.setStance(id, null)
    await waitFor(() => !agreedAt(amina) && !agreedAt(sian), 10_000, 'the withdrawal to arrive')
  })

  it('reframes a note and shows both sides’ acceptance at both ends', async () => {
    const { amina, sian } = await openBoard()
    const noteId = amina.actions.addNote(0, 0)
    amina.actions.editNoteText(noteId, '', 'They never call back after you leave a message.')

    await waitFor(() => sian.board().items.has(noteId), 10_000, 'the note to reach Sian')

    // Sian reframes Amina's note: the card carries Amina's side as the one who said it.
    const id = sian.coproduction.reframeNote(noteId)
    if (!id) throw new Error('reframeNote found no note to reframe')
    expect(sian.coproduction.reframeNote('gone' as ItemId)).toBeNull()
    await waitFor(() => reframeAt(amina, id) !== undefined, 10_000, 'the reframe to reach Amina')
    const card = reframeAt(amina, id)!
    expect(card).toMatchObject({ kind: 'reframe', sourceNoteId: noteId, role: 'provider' })
    // The statement keeps the side of whoever said it, not of whoever reframed it.
    expect(card.theyRole).toBe('lived-experience')
    expect(card.we).toMatch(/^We could /)

    amina.coproduction.setReframeAccepted(id, true)
    sian.coproduction.setReframeAccepted(id, true)
    const order = ['lived-experience', 'provider', 'commissioner', 'other']
    const sidesAt = (person: Person) =>
      acceptedRoles(reframeAt(person, id)!.acceptedBy, person.board().participants, order)
    await waitFor(
      () => sidesAt(amina).length === 2 && sidesAt(sian).length === 2,
      10_000,
      'both acceptances at both ends',
    )
    expect(sidesAt(amina)).toEqual(['lived-experience', 'provider'])
    expect(sidesAt(sian)).toEqual(['lived-experience', 'provider'])

    sian.coproduction.setReframeAccepted(id, false)
    await waitFor(() => sidesAt(amina).length === 1, 10_000, 'the withdrawal to reach Amina')
    expect(sidesAt(amina)).toEqual(['lived-experience'])
  })
})
