import { beforeAll, describe, expect, it } from 'vitest'
import {
  castVote,
  formatCountdown,
  getBoardRoots,
  joinBoard,
  readBoard,
  readTimer,
  setTimer,
  startTimer,
  startVote,
  tallyVotes,
  timerRemainingMs,
  addNote,
  type ParticipantId,
  takeHat,
} from '@coboard/shared'
import { createBoardStore } from '../../client/src/core/state/boardStore'
import { createUiStore } from '../../client/src/core/state/uiStore'
import { createStatusSource } from '../../client/src/core/sync/connectionStatus'
import { createFacilitationActions } from '../../client/src/core/actions/facilitationActions'
import { summariseFacilitation } from '../../client/src/features/facilitation/facilitationSummary'
import { createBoard } from '../helpers/api'
import { waitFor, waitForAcked } from '../helpers/providers'
import { useServerPerTest } from '../helpers/serverPerTest'

// Facilitation through a real server and real providers: the shared clock, the dot budget and
// the facilitation log must come out the same on every device, whoever joined when.

const amina = { participantId: 'amina0001' as ParticipantId, role: 'lived-experience' }
const sian = { participantId: 'sian00001' as ParticipantId, role: 'provider' }
const helen = { participantId: 'helen0001' as ParticipantId, role: 'commissioner' }

beforeAll(() => {
  // The board store batches remote changes per animation frame; Node has no frames.
  globalThis.requestAnimationFrame ??= (callback) =>
    setTimeout(() => callback(performance.now()), 16) as unknown as number
  globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle)
})

describe('facilitation', () => {
  const server = useServerPerTest()
  const { connect } = server
  const coProduction = () => createBoard(server.url, { title: 'Crisis', template: 'co-production' })

  it('gives a late joiner the right time left, computed from the document alone', async () => {
    const board = await coProduction()
    const facilitator = await connect(board.id, board.editToken, amina.participantId)
    const { meta } = getBoardRoots(facilitator.doc)
    // Started 1.2 s ago, as if the late joiner came in a while after.
    const started = Date.now() - 1_200
    takeHat(facilitator.doc, amina)
    setTimer(facilitator.doc, startTimer(readTimer(meta.get('timer')), started), amina)
    await waitForAcked(facilitator)

    const late = await connect(board.id, board.editToken, sian.participantId)
    let writes = 0
    late.doc.on('update', () => writes++)
    const now = Date.now()
    const timer = readBoard(late.doc).meta.timer
    expect(timer.state).toBe('running')
    // The first stage is 15 minutes; the late joiner sees what has really elapsed.
    expect(timerRemainingMs(timer, now)).toBe(15 * 60_000 - (now - started))
    expect(formatCountdown(timerRemainingMs(timer, now))).toBe(
      formatCountdown(timerRemainingMs(readBoard(facilitator.doc).meta.timer, now)),
    )
    // Nothing ticks through the network: a running clock sends no updates at all. No event marks
    // a tick that did not come, so this waits a bounded while, past a once-a-second tick.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(writes).toBe(0)
  })

  it('ignores dots beyond the budget on every reader, even written into the map by hand', async () => {
    const board = await coProduction()
    const a = await connect(board.id, board.editToken, amina.participantId)
    const cheat = await connect(board.id, board.editToken, sian.participantId)
    const c = await connect(board.id, board.editToken, helen.participantId)
    // Each from their own device: only a participant's own socket may write their roster entry.
    for (const [client, person] of [
      [a, amina],
      [cheat, sian],
      [c, helen],
    ] as const) {
      joinBoard(client.doc, { id: person.participantId, name: person.role, role: person.role })
      await waitForAcked(client)
    }
    await waitFor(() => readBoard(a.doc).participants.size === 3, 10_000, 'the roster')
    const favourite = addNote(a.doc, { x: 0, y: 0, authorId: sian.participantId, role: 'provider' })
    const other = addNote(a.doc, { x: 300, y: 0, authorId: amina.participantId, role: amina.role })
    takeHat(a.doc, amina)
    const session = startVote(a.doc, { budget: 3 }, amina)!
    castVote(a.doc, amina.participantId, other)
    await waitFor(() => readBoard(cheat.doc).meta.vote?.id === session.id)

    // Twelve dots written straight into the shared map, plus keys no reader should trust.
    const { votes } = getBoardRoots(cheat.doc)
    cheat.doc.transact(() => {
      for (let slot = 0; slot < 12; slot++) {
        votes.set(`${session.id}|${sian.participantId}|${slot}`, favourite)
      }
      votes.set(`${session.id}|${sian.participantId}|-1`, favourite)
      votes.set(`${session.id}|${sian.participantId}|1.5`, favourite)
      votes.set(`${session.id}|nobody-on-the-roster|0`, favourite)
    })
    expect(castVote(cheat.doc, sian.participantId, favourite)).toBe(false)
    await waitForAcked(cheat)
    await waitFor(() => readBoard(a.doc).votes.length === readBoard(cheat.doc).votes.length)
    await waitFor(() => readBoard(c.doc).votes.length === readBoard(cheat.doc).votes.length)

    const tallies = [a, cheat, c].map((client) => tallyVotes(readBoard(client.doc), session))
    expect(tallies[0].items).toEqual([
      { itemId: favourite, total: 3, byRole: { provider: 3 } },
      { itemId: other, total: 1, byRole: { 'lived-experience': 1 } },
    ])
    expect(tallies[1]).toEqual(tallies[0])
    expect(tallies[2]).toEqual(tallies[0])
  })

  it('logs hat changes and stage moves by role, and only hat wearers move the room', async () => {
    const board = await coProduction()
    const people = await Promise.all(
      [amina, sian, helen].map(async (person) => {
        const client = await connect(board.id, board.editToken, person.participantId)
        const ui = createUiStore(board.id)
        ui.setState({ me: { ...person, name: person.role } })
        const status = createStatusSource()
        const store = createBoardStore({ ...client, awareness: client.provider.awareness!, status })
        const actions = createFacilitationActions(
          { doc: client.doc, awareness: client.provider.awareness! },
          ui,
          store,
          { source: person.role },
        )
        joinBoard(client.doc, { id: person.participantId, name: person.role, role: person.role })
        return { client, actions, destroy: () => (store.destroy(), actions.destroy()) }
      }),
    )
    const [a, s, h] = people
    const stages = readBoard(a.client.doc).stages
    const settle = async () => {
      for (const person of people) await waitForAcked(person.client)
      const lengthOf = (p: (typeof people)[number]) =>
        readBoard(p.client.doc).facilitationLog.length
      await waitFor(() => people.every((p) => lengthOf(p) === lengthOf(a)))
    }

    s.actions.nextStage() // no hat: nothing happens
    await settle()
    expect(readBoard(a.client.doc).meta.currentStageId).toBe(stages[0].id)

    a.actions.takeHat()
    await settle()
    a.actions.nextStage()
    await settle()
    a.actions.passHat(sian.participantId)
    await settle()
    a.actions.nextStage() // passed on: no longer steers
    s.actions.nextStage()
    await settle()
    s.actions.leaveHat()
    await settle()
    h.actions.takeHat()
    await settle()

    const late = await connect(board.id, board.editToken, 'late00001')
    const seen = readBoard(late.doc)
    expect(seen.meta.currentStageId).toBe(stages[2].id)
    expect([...seen.facilitators]).toEqual([helen.participantId])
    expect(seen.facilitationLog.map((e) => [e.action, e.role, e.stageId])).toEqual([
      ['took-hat', 'lived-experience', stages[0].id],
      ['advanced-stage', 'lived-experience', stages[1].id],
      ['passed-hat', 'lived-experience', stages[1].id],
      ['took-hat', 'provider', stages[1].id],
      ['advanced-stage', 'provider', stages[2].id],
      ['left-hat', 'provider', stages[2].id],
      ['took-hat', 'commissioner', stages[2].id],
    ])
    expect(seen.facilitationLog[2].toParticipantId).toBe(sian.participantId)
    expect(summariseFacilitation(seen.facilitationLog).stagesByRole).toEqual([
      { role: 'lived-experience', stages: 2 },
      { role: 'provider', stages: 2 },
      { role: 'commissioner', stages: 1 },
    ])
    for (const person of people) person.destroy()
  })
})
