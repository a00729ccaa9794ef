import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import path from 'node:path'
import { createHash } from 'node:crypto'
import {
  addNote,
  addOutcome,
  acceptReframe,
  addReframe,
  castVote,
  getBoardRoots,
  isAgreedByAll,
  joinBoard,
  readBoard,
  readVoteSession,
  rolesPresent,
  setConsent,
  setStance,
  startVote,
  tallyVotes,
  type ItemId,
  type Outcome,
  type ParticipantId,
  takeHat,
} from '@coboard/shared'
import { createBoard } from '../helpers/api'
import { testDeviceKey } from '../helpers/deviceKeys'
import { connectClient, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { useServerPerTest } from '../helpers/serverPerTest'
import { SQLITE_FILE } from '../../server/src/storage/SqliteBoardStore'

// One device, one voice. Alice has the participant link and a socket of her own; she writes
// straight into the document what the app would never let her: other people's stances, roster
// entries and dots. The server undoes each such write, so the board and its reports still say
// what every side really said.

const alice = 'alice-lived' as ParticipantId
const bob = 'bob-provider' as ParticipantId
const carol = 'carol-commissioner' as ParticipantId

describe('a voice bound to its person', () => {
  const server = useServerPerTest()

  /** Three people of three sides on one board, each joined from their own device. */
  const openRoom = async () => {
    const board = await createBoard(server.url, { title: 'Crisis pathway' })
    const join = async (id: ParticipantId, name: string, role: string) => {
      const client = await server.connect(board.id, board.editToken, id)
      joinBoard(client.doc, { id, name, role })
      await waitForAcked(client)
      return client
    }
    const room = {
      board,
      alice: await join(alice, 'Alice', 'lived-experience'),
      bob: await join(bob, 'Bob', 'provider'),
      carol: await join(carol, 'Carol', 'commissioner'),
    }
    await waitFor(() => readBoard(room.bob.doc).participants.size === 3, 10_000, 'the roster')
    return room
  }

  /** An outcome card Bob, the provider, writes from his own device. */
  const bobsOutcome = (room: { bob: TestClient }, outcome: string) =>
    addOutcome(room.bob.doc, { x: 0, y: 0, outcome, authorId: bob, role: 'provider' }, 'bob')

  const outcomeOn = (client: TestClient, id: ItemId) =>
    readBoard(client.doc).items.get(id) as Outcome | undefined

  const agreedByAllOn = (client: TestClient, id: ItemId) => {
    const board = readBoard(client.doc)
    const outcome = board.items.get(id) as Outcome
    return isAgreedByAll(outcome, rolesPresent(board), board.participants)
  }

  it('undoes a forged agreement: another side’s objection deleted, a stranger agreeing', async () => {
    const room = await openRoom()
    const id = bobsOutcome(room, 'Call back within a day')
    await waitFor(() => outcomeOn(room.carol, id) !== undefined, 10_000, 'the outcome')
    setStance(room.alice.doc, id, { participantId: alice, role: 'lived-experience' }, 'agree')
    setStance(room.bob.doc, id, { participantId: bob, role: 'provider' }, 'agree')
    setStance(
      room.carol.doc,
      id,
      { participantId: carol, role: 'commissioner' },
      'object',
      'No budget',
    )
    await Promise.all([room.alice, room.bob, room.carol].map(waitForAcked))
    await waitFor(() => outcomeOn(room.alice, id)?.agreement.size === 3, 10_000, 'three stances')

    // From her own socket Alice removes Carol's objection and agrees as a commissioner under an
    // id that is not on the roster, and as herself claims the commissioners' side.
    const agreement = getBoardRoots(room.alice.doc)
      .items.get(id)!
      .get('agreement') as Y.Map<unknown>
    room.alice.doc.transact(() => {
      agreement.delete(carol)
      agreement.set('ghost', { stance: 'agree', role: 'commissioner', note: '', at: 1 })
      agreement.set(alice, { stance: 'agree', role: 'commissioner', note: '', at: 2 })
    })
    await waitForAcked(room.alice)

    // Everyone, Alice included, ends with Carol's objection back and the forgery gone.
    for (const client of [room.alice, room.bob, room.carol]) {
      await waitFor(
        () => {
          const outcome = outcomeOn(client, id)
          return (
            outcome?.agreement.get(carol)?.stance === 'object' &&
            !outcome.agreement.has('ghost' as ParticipantId) &&
            outcome.agreement.get(alice)?.role === 'lived-experience'
          )
        },
        5_000,
        'the forged stances to be undone',
      )
      expect(agreedByAllOn(client, id)).toBe(false)
    }
    expect(outcomeOn(room.bob, id)?.agreement.get(carol)?.note).toBe('No budget')

    const file = await fetch(`${server.url}/api/boards/${room.board.id}/export.json`, {
      headers: { authorization: `Bearer ${room.board.editToken}` },
    })
    const exported = (await file.json()) as { items: { id: string; agreedByAll?: boolean }[] }
    expect(exported.items.find((item) => item.id === id)?.agreedByAll).toBe(false)
  })

  it('counts one person’s dots once: a device cannot add people to the roster and vote as them', async () => {
    const room = await openRoom()
    const note = bobsOutcome(room, 'Crisis line answered')
    const host = { participantId: bob, role: 'provider' }
    takeHat(room.bob.doc, host)
    startVote(room.bob.doc, { budget: 1 }, host)
    await waitForAcked(room.bob)
    await waitFor(() => readVoteSession(getBoardRoots(room.alice.doc).meta.get('vote')) !== null)
    castVote(room.alice.doc, alice, note)

    // Twenty commissioners nobody has met, each with a dot, from Alice's one socket.
    room.alice.doc.transact(() => {
      const session = readVoteSession(getBoardRoots(room.alice.doc).meta.get('vote'))!
      for (let i = 0; i < 20; i++) {
        const ghost = `ghost-${i}` as ParticipantId
        joinBoard(room.alice.doc, { id: ghost, name: `Ghost ${i}`, role: 'commissioner' })
        getBoardRoots(room.alice.doc).votes.set(`${session.id}|${ghost}|0`, note)
      }
    })
    await waitForAcked(room.alice)

    const tallyOn = (client: TestClient) => {
      const board = readBoard(client.doc)
      return tallyVotes(board, readVoteSession(getBoardRoots(client.doc).meta.get('vote'))!)
    }
    for (const client of [room.alice, room.carol]) {
      await waitFor(
        () =>
          readBoard(client.doc).participants.size === 3 && tallyOn(client).items[0]?.total === 1,
        5_000,
        'the ghosts and their dots to be undone',
      )
    }
    expect(tallyOn(room.carol).roles.map((r) => r.role)).toEqual(['lived-experience'])
  })

  it('keeps other people’s roster entries, dots and acceptances as their owners left them', async () => {
    const room = await openRoom()
    const id = addReframe(
      room.bob.doc,
      {
        x: 0,
        y: 0,
        they: 'They never listen',
        theyRole: 'lived-experience',
        role: 'provider',
        authorId: bob,
      },
      'bob',
    )
    acceptReframe(room.bob.doc, id, { participantId: bob, role: 'provider' }, true)
    await waitForAcked(room.bob)
    await waitFor(() => readBoard(room.alice.doc).items.has(id), 10_000, 'the reframe')

    const roots = getBoardRoots(room.alice.doc)
    room.alice.doc.transact(() => {
      roots.participants.get(carol)!.set('role', 'lived-experience')
      roots.participants.get(carol)!.set('name', 'Not Carol')
      roots.participants.delete(bob)
      const accepted = roots.items.get(id)!.get('acceptedBy') as Y.Map<string>
      accepted.delete(bob)
      accepted.set(carol, 'commissioner')
    })
    // Replacing a card's whole acceptance map is the same forgery by another route.
    room.alice.doc.transact(() => {
      const forged = new Y.Map<string>()
      forged.set(carol, 'commissioner')
      roots.items.get(id)!.set('acceptedBy', forged)
    })
    await waitForAcked(room.alice)

    await waitFor(
      () => {
        const board = readBoard(room.carol.doc)
        const card = board.items.get(id)
        return (
          board.participants.get(carol)?.role === 'commissioner' &&
          board.participants.get(carol)?.name === 'Carol' &&
          board.participants.get(bob)?.name === 'Bob' &&
          card?.kind === 'reframe' &&
          card.acceptedBy.get(bob) === 'provider' &&
          !card.acceptedBy.has(carol)
        )
      },
      5_000,
      'the roster and the acceptances to be restored',
    )
    // Alice's own entry stays hers to change.
    roots.participants.get(alice)!.set('name', 'Alice B')
    await waitFor(
      () => readBoard(room.carol.doc).participants.get(alice)?.name === 'Alice B',
      5_000,
      'Alice’s own rename',
    )
  })

  it('keeps a story’s consent its author’s: only a hat wearer may make it stricter', async () => {
    const room = await openRoom()
    const id = addNote(room.alice.doc, {
      x: 0,
      y: 0,
      text: 'My son waited nine hours in A&E',
      authorId: alice,
      role: 'lived-experience',
    })
    expect(setConsent(room.alice.doc, id, 'room-only', alice)).toBe(true)
    await waitForAcked(room.alice)
    const consentOn = (client: TestClient) =>
      getBoardRoots(client.doc).items.get(id)?.get('consent')
    const authorOn = (client: TestClient) =>
      getBoardRoots(client.doc).items.get(id)?.get('authorId')
    await waitFor(() => consentOn(room.bob) === 'room-only', 10_000, 'the note to reach Bob')

    // Bob, with no hat, writes straight into the document: he lets her story out by name, and
    // then makes himself its author to try again. Both are undone on every screen.
    getBoardRoots(room.bob.doc).items.get(id)!.set('consent', 'report-named')
    await waitForAcked(room.bob)
    getBoardRoots(room.bob.doc).items.get(id)!.set('authorId', bob)
    await waitForAcked(room.bob)
    getBoardRoots(room.bob.doc).items.get(id)!.set('consent', 'report-named')
    await waitForAcked(room.bob)
    await waitFor(
      () => authorOn(room.carol) === alice && consentOn(room.carol) === 'room-only',
      10_000,
      'the story to stay Alice’s, in the room',
    )
    expect(consentOn(room.bob)).toBe('room-only')

    // Carol wears the hat: she may not loosen it either, but Alice may, and then Carol may make
    // it stricter again.
    takeHat(room.carol.doc, { participantId: carol, role: 'commissioner' })
    getBoardRoots(room.carol.doc).items.get(id)!.set('consent', 'report-named')
    await waitForAcked(room.carol)
    await waitFor(() => consentOn(room.carol) === 'room-only', 10_000, 'the loosening undone')
    expect(setConsent(room.alice.doc, id, 'report-named', alice)).toBe(true)
    await waitForAcked(room.alice)
    await waitFor(() => consentOn(room.carol) === 'report-named', 10_000, 'Alice’s choice')
    getBoardRoots(room.carol.doc).items.get(id)!.set('consent', 'report-anonymous')
    await waitForAcked(room.carol)
    await waitFor(
      () => consentOn(room.alice) === 'report-anonymous',
      10_000,
      'Carol’s stricter one',
    )
    expect(consentOn(room.carol)).toBe('report-anonymous')
  })

  it('still lets anyone move, edit and delete shared cards, stances and all', async () => {
    const room = await openRoom()
    const id = bobsOutcome(room, 'Fewer repeat calls')
    setStance(room.bob.doc, id, { participantId: bob, role: 'provider' }, 'agree')
    await waitForAcked(room.bob)
    await waitFor(() => outcomeOn(room.alice, id) !== undefined, 10_000, 'the outcome')
    getBoardRoots(room.alice.doc).items.get(id)!.set('x', 300)
    getBoardRoots(room.alice.doc).items.delete(id)
    await waitForAcked(room.alice)
    await waitFor(() => outcomeOn(room.carol, id) === undefined, 5_000, 'the card to go')
    expect(outcomeOn(room.alice, id)).toBeUndefined()
  })

  it('refuses a socket that claims someone’s participant id without their device key', async () => {
    const room = await openRoom()
    const impostor = connectClient({
      url: server.url,
      boardId: room.board.id,
      token: room.board.editToken,
      participantId: carol,
      deviceKey: testDeviceKey('someone else'),
    })
    server.track(impostor)
    await waitFor(() => impostor.denied !== null, 5_000, 'the impostor to be refused')
    expect(impostor.denied?.reason).toBe('participant-taken')
    expect(impostor.doc.share.size).toBe(0)
    expect(readBoard(impostor.doc).participants.size).toBe(0)

    const keyless = server.track(
      connectClient({
        url: server.url,
        boardId: room.board.id,
        token: room.board.editToken,
        participantId: carol,
        deviceKey: null,
      }),
    )
    await waitFor(() => keyless.denied !== null, 5_000, 'the keyless socket to be refused')
    expect(keyless.denied?.reason).toBe('missing-device-key')

    // The projector's view token names no one it must prove: it writes nothing anyway.
    const projector = server.track(
      connectClient({
        url: server.url,
        boardId: room.board.id,
        token: room.board.viewToken,
        participantId: carol,
        deviceKey: null,
      }),
    )
    await waitFor(() => projector.provider.synced, 5_000, 'the projector to sync')
  })

  it('stores only the hash of a device key', async () => {
    const room = await openRoom()
    const db = new Database(path.join(server.server.dataDir, SQLITE_FILE), { readonly: true })
    try {
      const rows = db
        .prepare('SELECT participant_id, key_hash FROM participant_devices WHERE board_id = ?')
        .all(room.board.id) as { participant_id: string; key_hash: Buffer }[]
      expect(rows.map((row) => row.participant_id).sort()).toEqual([alice, bob, carol].sort())
      const expected = createHash('sha256').update(testDeviceKey(carol)).digest()
      expect(rows.find((row) => row.participant_id === carol)?.key_hash.equals(expected)).toBe(true)
      const raw = Buffer.from(JSON.stringify(db.prepare('SELECT * FROM participant_devices').all()))
      expect(raw.includes(testDeviceKey(carol))).toBe(false)
    } finally {
      db.close()
    }
  })
})
