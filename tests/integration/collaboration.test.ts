import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  addNote,
  editText,
  getBoardRoots,
  joinBoard,
  MAX_COORDINATE,
  MAX_TEXT_LENGTH,
  moveItem,
  readBoard,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { useServerPerTest } from '../helpers/serverPerTest'
import { createBoard } from '../helpers/api'
import { waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { noteText } from '../helpers/notes'

const ada = 'ada' as ParticipantId
const bo = 'bo' as ParticipantId

describe('collaboration', () => {
  const server = useServerPerTest()
  const { connect } = server

  it('gives a new client the board as it was created', async () => {
    const board = await createBoard(server.url, { title: 'Discharge planning', purpose: 'Why?' })
    const client = await connect(board.id, board.editToken, ada)
    const { meta } = readBoard(client.doc)
    expect(meta.title).toBe('Discharge planning')
    expect(meta.purpose).toBe('Why?')
    expect(meta.schemaVersion).toBe(1)
  })

  it('converges two editors on notes that are added, moved and edited', async () => {
    const board = await createBoard(server.url)
    const a = await connect(board.id, board.editToken, ada)
    const b = await connect(board.id, board.editToken, bo)

    const id = addNote(a.doc, { x: 10, y: 20, authorId: ada, role: 'provider', text: 'Waiting' })
    await waitFor(() => readBoard(b.doc).items.has(id), 10_000, 'the note to reach b')

    moveItem(b.doc, id, 300, 400)
    editText(b.doc, id, 'text', 'Waiting times')
    await waitFor(() => readBoard(a.doc).items.get(id)?.x === 300, 10_000, 'the move to reach a')

    // Concurrent edits in different parts of the same note keep both people's words.
    editText(a.doc, id, 'text', 'Long waiting times')
    editText(b.doc, id, 'text', 'Waiting times at night')
    const bothWords = (client: TestClient) =>
      noteText(readBoard(client.doc), id) === 'Long waiting times at night'
    await waitFor(() => bothWords(a) && bothWords(b), 10_000, 'both edits to merge')
    await Promise.all([waitForAcked(a), waitForAcked(b)])

    expect(readBoard(a.doc).items.get(id)).toEqual(readBoard(b.doc).items.get(id))
    expect(readBoard(a.doc).items.get(id)).toMatchObject({ x: 300, y: 400, role: 'provider' })
  })

  it('delivers a note added by a third client that joins late', async () => {
    const board = await createBoard(server.url)
    const a = await connect(board.id, board.editToken, ada)
    const ids: ItemId[] = []
    for (let i = 0; i < 20; i++) {
      ids.push(addNote(a.doc, { x: i * 10, y: 0, authorId: ada, role: 'provider' }))
    }
    await waitForAcked(a)
    const late = await connect(board.id, board.editToken, bo)
    expect([...readBoard(late.doc).items.keys()].sort()).toEqual([...ids].sort())
  })

  it('shows an editor under the name and side the roster gives, whatever it claims', async () => {
    const board = await createBoard(server.url)
    const a = await connect(board.id, board.editToken, ada)
    const b = await connect(board.id, board.editToken, bo)
    joinBoard(a.doc, { id: ada, name: 'Ada', role: 'lived-experience' })
    await waitForAcked(a)

    a.provider.setAwarenessField('user', {
      participantId: 'bo',
      name: 'Boss',
      role: 'commissioner',
    })
    a.provider.setAwarenessField('cursor', { x: 1, y: 2 })
    const seen = () => b.provider.awareness?.getStates().get(a.doc.clientID)
    await waitFor(() => seen()?.cursor?.x === 1, 10_000, "a's presence to reach b")
    expect(seen()?.user).toEqual({ participantId: 'ada', name: 'Ada', role: 'lived-experience' })
  })

  it('repairs a hostile edit on the server, and every client converges on the repair', async () => {
    const board = await createBoard(server.url)
    const a = await connect(board.id, board.editToken, ada)
    const b = await connect(board.id, board.editToken, bo)
    const { items } = getBoardRoots(a.doc)
    a.doc.transact(() => {
      const hostile = new Y.Map<unknown>()
      items.set('hostile', hostile)
      hostile.set('kind', 'note')
      hostile.set('x', 1e300)
      hostile.set('y', Number.NaN)
      hostile.set('color', 'chartreuse')
      hostile.set('text', 'x'.repeat(MAX_TEXT_LENGTH + 500))
      const alien = new Y.Map<unknown>()
      items.set('alien', alien)
      alien.set('kind', 'virus')
    })
    const repaired = (client: TestClient) => {
      const item = getBoardRoots(client.doc).items.get('hostile')
      return (
        !getBoardRoots(client.doc).items.has('alien') &&
        item?.get('x') === MAX_COORDINATE &&
        item.get('y') === 0 &&
        item.get('color') === 'yellow' &&
        item.get('text') instanceof Y.Text &&
        (item.get('text') as Y.Text).length === MAX_TEXT_LENGTH
      )
    }
    await waitFor(() => repaired(a) && repaired(b), 10_000, 'the repair to reach both clients')
  })

  it('shows an editor with a malformed participant id without any identity', async () => {
    const board = await createBoard(server.url)
    const a = await connect(board.id, board.editToken, '<script>')
    const b = await connect(board.id, board.editToken, bo)
    a.provider.setAwarenessField('user', { participantId: 'bo', name: 'Bo', role: 'provider' })
    a.provider.setAwarenessField('cursor', { x: 3, y: 4 })
    const seen = () => b.provider.awareness?.getStates().get(a.doc.clientID)
    await waitFor(() => seen()?.cursor?.x === 3, 10_000, "a's presence to reach b")
    expect(seen()?.user).toBeUndefined()
  })
})
