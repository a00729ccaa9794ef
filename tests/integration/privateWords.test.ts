import * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import {
  EXPORT_FORMATS,
  MAX_PRIVATE_WORDS,
  MAX_TEXT_LENGTH,
  addNote,
  privateWordsDocName,
  privateWordsRoot,
  readBoard,
  readPrivateWords,
  reframeNote,
  revealStage,
  takeHat,
  writePrivateWords,
  type ItemId,
  type ParticipantId,
  type RoleId,
  type StageId,
} from '@coboard/shared'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { createBoard } from '../helpers/api'
import { useServerPerTest } from '../helpers/serverPerTest'
import {
  connectClient,
  connectSynced,
  waitFor,
  waitForAcked,
  type TestClient,
} from '../helpers/providers'
import { recordingSocket } from '../helpers/recordingSocket'
import { testDeviceKey } from '../helpers/deviceKeys'

// Private writing, tried as a participant's device, the projector and an attacker with the
// participant link would: the words of a private stage reach only their author's devices until
// a hat wearer reveals the stage, and then everyone, authors offline included.

const AMINA = { participantId: 'amina-device' as ParticipantId, role: 'lived-experience' as RoleId }
const SIAN = { participantId: 'sian-device' as ParticipantId, role: 'provider' as RoleId }
const SECRET = 'They never call back when my son is in crisis'
// A piece of the words that the reframe's suggested "we" opening does not repeat.
const SECRET_PIECE = 'my son is in crisis'

describe('private writing on the wire', () => {
  // Every request here comes from one address; the per-address export budget would count them.
  const live = useServerPerTest({ limits: { ...DEFAULT_LIMITS, exportsPerMinutePerAddress: 0 } })

  /** A co-production board (its first stage is private writing) and who is on it. */
  async function workshop() {
    const board = await createBoard(live.url, {
      title: 'Crisis pathway',
      template: 'co-production',
    })
    const stageId = readBoardOf(await live.connect(board.id, board.editToken, 'probe-device')).meta
      .currentStageId as StageId
    const amina = await live.connect(board.id, board.editToken, AMINA.participantId)
    const aminaWords = live.track(
      await connectSynced({
        url: live.url,
        boardId: privateWordsDocName(board.id, AMINA.participantId),
        token: board.editToken,
        participantId: AMINA.participantId,
      }),
    )
    return { board, stageId, amina, aminaWords }
  }

  /** Amina writes a note and reframes it, as her browser does in a private stage. */
  async function writePrivately(amina: TestClient, aminaWords: TestClient) {
    const noteId = addNote(amina.doc, { x: 100, y: 100, text: '', ...authorOf(AMINA) })
    writePrivateWords(aminaWords.doc, noteId, 'note', 'text', SECRET)
    const reframeId = reframeNote(amina.doc, noteId, AMINA, undefined, aminaWords.doc)!
    await Promise.all([waitForAcked(amina), waitForAcked(aminaWords)])
    return { noteId, reframeId }
  }

  /** Every export format, fetched with `token`, as one text. */
  async function allExports(boardId: string, token: string): Promise<string> {
    const bodies = await Promise.all(
      EXPORT_FORMATS.map(async (format) => {
        const response = await fetch(`${live.url}/api/boards/${boardId}/export.${format}`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(response.status, `export.${format}`).toBe(200)
        return response.text()
      }),
    )
    return bodies.join('\n')
  }

  test('nobody but the author receives the words before reveal, and everyone after', async () => {
    const { board, stageId, amina, aminaWords } = await workshop()
    const sianSocket = recordingSocket()
    const sian = live.track(
      await connectSynced({
        url: live.url,
        boardId: board.id,
        token: board.editToken,
        participantId: SIAN.participantId,
        WebSocket: sianSocket.WebSocket,
      }),
    )
    const projectorSocket = recordingSocket()
    const projector = live.track(
      await connectSynced({
        url: live.url,
        boardId: board.id,
        token: board.viewToken,
        WebSocket: projectorSocket.WebSocket,
      }),
    )

    const { noteId, reframeId } = await writePrivately(amina, aminaWords)
    // Everyone sees that the cards are there, and who wrote them: face down, without words.
    await waitFor(() => readBoardOf(projector).items.has(reframeId), 10_000, 'the cards to arrive')
    await waitFor(() => readBoardOf(sian).items.has(reframeId), 10_000, 'the cards to arrive')
    expect(readBoardOf(sian).items.get(noteId)).toMatchObject({ authorId: AMINA.participantId })

    // Sockets that try to read Amina's words: Sian as herself, a socket that names Amina without
    // her device's key, one with no key at all, and the projector's view link.
    const attempts = [
      { participantId: SIAN.participantId, token: board.editToken },
      {
        participantId: AMINA.participantId,
        token: board.editToken,
        deviceKey: testDeviceKey('someone-else'),
      },
      { participantId: AMINA.participantId, token: board.editToken, deviceKey: null },
      { participantId: AMINA.participantId, token: board.viewToken },
    ]
    const attackers = attempts.map((attempt) => {
      const socket = recordingSocket()
      const client = live.track(
        connectClient({
          url: live.url,
          boardId: privateWordsDocName(board.id, AMINA.participantId),
          WebSocket: socket.WebSocket,
          ...attempt,
        }),
      )
      return { client, socket }
    })
    await waitFor(() => attackers.every(({ client }) => client.denied), 10_000, 'refusals')
    for (const { client } of attackers) {
      expect(client.provider.synced).toBe(false)
      expect(readPrivateWords(client.doc).size).toBe(0)
    }
    expect(attackers.map(({ client }) => client.denied?.reason)).toEqual([
      'not-your-words',
      'participant-taken',
      'missing-device-key',
      'not-your-words',
    ])

    const received = [sianSocket, projectorSocket, ...attackers.map(({ socket }) => socket)]
    for (const socket of received) expect(socket.text()).not.toContain(SECRET_PIECE)
    expect(await allExports(board.id, board.viewToken)).not.toContain(SECRET_PIECE)
    expect(await allExports(board.id, board.editToken)).not.toContain(SECRET_PIECE)
    // Her own devices do have them.
    expect(readPrivateWords(aminaWords.doc).get(noteId)).toEqual({ text: SECRET })

    takeHat(sian.doc, SIAN)
    expect(revealStage(sian.doc, stageId, SIAN)).toBe(true)

    for (const client of [projector, sian, amina]) {
      await waitFor(
        () =>
          readBoardOf(client).items.get(noteId)?.kind === 'note' &&
          noteText(client, noteId) === SECRET,
        10_000,
        'the revealed words on every screen',
      )
    }
    const reframe = readBoardOf(projector).items.get(reframeId)
    expect(reframe).toMatchObject({ kind: 'reframe', they: SECRET })
    expect(projectorSocket.text()).toContain(SECRET_PIECE)
    await waitFor(() => readPrivateWords(aminaWords.doc).size === 0, 10_000, 'the words to move')
    expect(await allExports(board.id, board.viewToken)).toContain(SECRET_PIECE)
  })

  test('an author who is offline at reveal has their words revealed from storage', async () => {
    const { board, stageId, amina, aminaWords } = await workshop()
    const { noteId } = await writePrivately(amina, aminaWords)
    live.leave(amina)
    live.leave(aminaWords)
    const sian = await live.connect(board.id, board.editToken, SIAN.participantId)
    await waitFor(() => readBoardOf(sian).items.has(noteId), 10_000, 'the card to reach Sian')
    expect(noteText(sian, noteId)).toBe('')

    takeHat(sian.doc, SIAN)
    revealStage(sian.doc, stageId, SIAN)
    await waitFor(() => noteText(sian, noteId) === SECRET, 10_000, 'the words to be revealed')

    // They left her private document: back online, she finds them on the board, not twice.
    const back = await live.connect(
      privateWordsDocName(board.id, AMINA.participantId),
      board.editToken,
      AMINA.participantId,
    )
    expect(readPrivateWords(back.doc).size).toBe(0)
  })

  test('a private document speaks only for its owner’s cards, and no bigger than a card', async () => {
    const { board, stageId, amina, aminaWords } = await workshop()
    const sian = await live.connect(board.id, board.editToken, SIAN.participantId)
    const siansWords = await live.connect(
      privateWordsDocName(board.id, SIAN.participantId),
      board.editToken,
      SIAN.participantId,
    )
    // Sian's card is still blank when the stage is revealed; her second note has words.
    const siansNote = addNote(sian.doc, { x: 0, y: 0, text: '', ...authorOf(SIAN) })
    const siansOther = addNote(sian.doc, { x: 0, y: 300, text: '', ...authorOf(SIAN) })
    writePrivateWords(siansWords.doc, siansOther, 'note', 'text', 'What Sian wrote')
    const aminasNote = addNote(amina.doc, { x: 300, y: 0, text: '', ...authorOf(AMINA) })
    await Promise.all([waitForAcked(sian), waitForAcked(siansWords), waitForAcked(amina)])
    // A modified client: Amina files words under Sian's card in her own document, and writes
    // far more into her own card than a card holds, straight into the Y.Text.
    writePrivateWords(aminaWords.doc, siansNote, 'note', 'text', 'Words put in Sian’s mouth')
    aminaWords.doc.transact(() => {
      const fields = new Y.Map<unknown>()
      privateWordsRoot(aminaWords.doc).set(aminasNote, fields)
      fields.set('text', new Y.Text('x'.repeat(MAX_TEXT_LENGTH * 3)))
    })
    await waitForAcked(aminaWords)

    takeHat(sian.doc, SIAN)
    revealStage(sian.doc, stageId, SIAN)
    await waitFor(() => noteText(sian, siansOther) === 'What Sian wrote', 10_000, 'Sian’s words')
    await waitFor(() => (noteText(sian, aminasNote) ?? '').length > 0, 10_000, 'Amina’s words')
    expect(noteText(sian, aminasNote)!.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH)
    await waitFor(() => readPrivateWords(aminaWords.doc).size === 1, 10_000, 'hers to move')
    // Her words under Sian's card stay in her own document; Sian's card stays blank.
    expect(noteText(amina, siansNote)).toBe('')
    expect(noteText(sian, siansNote)).toBe('')
  })

  test('a flooded private document is cut back to what one person could write', async () => {
    const { board, stageId, amina, aminaWords } = await workshop()
    const sian = await live.connect(board.id, board.editToken, SIAN.participantId)
    const noteId = addNote(amina.doc, { x: 0, y: 0, text: '', ...authorOf(AMINA) })
    writePrivateWords(aminaWords.doc, noteId, 'note', 'text', SECRET)
    await Promise.all([waitForAcked(amina), waitForAcked(aminaWords)])
    // A modified client floods its own private document: more entries than anyone writes, fields
    // no card has, values that are not text, and text far longer than a card holds.
    const flood = MAX_PRIVATE_WORDS + 300
    aminaWords.doc.transact(() => {
      const root = privateWordsRoot(aminaWords.doc)
      for (let i = 0; i < flood; i++) {
        const fields = new Y.Map<unknown>()
        root.set(`flood-${i}`, fields)
        fields.set('text', new Y.Text(i === 0 ? 'y'.repeat(MAX_TEXT_LENGTH * 2) : `filler ${i}`))
        if (i === 1) fields.set('diary', new Y.Text('a field no card has'))
        if (i === 2) fields.set('they', new Y.Map<unknown>())
      }
      root.set('not-a-card', new Y.Text('loose words') as never)
    })
    await waitForAcked(aminaWords)

    // What the server keeps, read by a device of hers that connects afresh.
    const stored = await live.connect(
      privateWordsDocName(board.id, AMINA.participantId),
      board.editToken,
      AMINA.participantId,
    )
    await waitFor(
      () => privateWordsRoot(stored.doc).size <= MAX_PRIVATE_WORDS,
      10_000,
      'the flood to be cut back',
    )
    const root = privateWordsRoot(stored.doc)
    expect(root.get('not-a-card' as ItemId)).toBeUndefined()
    root.forEach((fields) => {
      expect(fields).toBeInstanceOf(Y.Map)
      fields.forEach((value, field) => {
        expect(['text', 'they', 'we']).toContain(field)
        expect(value).toBeInstanceOf(Y.Text)
        expect((value as Y.Text).length).toBeLessThanOrEqual(MAX_TEXT_LENGTH)
      })
    })
    // Her real words survive the cut, and the board goes on for everyone.
    expect(readPrivateWords(stored.doc).get(noteId)).toEqual({ text: SECRET })
    const siansNote = addNote(sian.doc, { x: 400, y: 0, text: 'Still here', ...authorOf(SIAN) })
    await waitFor(() => readBoardOf(amina).items.has(siansNote), 10_000, 'Sian’s note to arrive')
    takeHat(sian.doc, SIAN)
    revealStage(sian.doc, stageId, SIAN)
    await waitFor(() => noteText(sian, noteId) === SECRET, 10_000, 'Amina’s words on reveal')
  })

  test('words a device sends for a stage already revealed go straight to the board', async () => {
    const { board, stageId, amina, aminaWords } = await workshop()
    const noteId = addNote(amina.doc, { x: 0, y: 0, text: '', ...authorOf(AMINA) })
    await waitForAcked(amina)
    takeHat(amina.doc, AMINA)
    revealStage(amina.doc, stageId, AMINA)
    await waitForAcked(amina)
    // A device that was offline at reveal still held these words in its private document.
    writePrivateWords(aminaWords.doc, noteId, 'note', 'text', SECRET)
    await waitFor(() => noteText(amina, noteId) === SECRET, 10_000, 'the late words to be moved')
    await waitFor(() => readPrivateWords(aminaWords.doc).size === 0, 10_000, 'them to leave')
    void board
  })
})

function readBoardOf(client: TestClient) {
  return readBoard(client.doc)
}

function noteText(client: TestClient, id: ItemId): string | undefined {
  const item = readBoard(client.doc).items.get(id)
  return item?.kind === 'note' ? item.text : undefined
}

function authorOf(who: typeof AMINA) {
  return { authorId: who.participantId, role: who.role }
}
