import { afterEach, describe, expect, it } from 'vitest'
import type { Extension } from '@hocuspocus/server'
import { addNote, readBoard, type ParticipantId } from '@coboard/shared'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'

const ada = 'ada' as ParticipantId

/** Throws from every hook Hocuspocus runs without awaiting, as a buggy extension would. */
class ThrowsEverywhere implements Extension {
  calls = 0
  private fail(): never {
    this.calls += 1
    throw new Error('extension bug')
  }
  async onChange() {
    this.fail()
  }
  async onAwarenessUpdate() {
    this.fail()
  }
  async onStateless() {
    this.fail()
  }
  async beforeBroadcastStateless() {
    this.fail()
  }
  async afterStoreDocument() {
    this.fail()
  }
  async onDisconnect() {
    this.fail()
  }
  async afterUnloadDocument() {
    this.fail()
  }
}

describe('hook safety', () => {
  let server: TestServer
  const clients: TestClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.destroy()
  })

  // Vitest fails the run on any unhandled rejection, so passing means none escaped.
  it('survives an extension that throws from every detached hook', async () => {
    const buggy = new ThrowsEverywhere()
    server = await startServer({
      extensions: [buggy],
      compaction: { debounceMs: 20, maxDebounceMs: 100 },
    })
    const board = await createBoard(server.url)
    const connect = async () => {
      const client = await connectSynced({
        url: server.url,
        boardId: board.id,
        token: board.editToken,
        participantId: ada,
      })
      clients.push(client)
      return client
    }
    const a = await connect()
    a.provider.setAwarenessField('cursor', { x: 1, y: 1 })
    a.provider.sendStateless('hello')
    const id = addNote(a.doc, { x: 0, y: 0, authorId: ada, role: 'provider' })
    await waitForAcked(a)
    a.destroy()
    await waitFor(() => !server.server.hocuspocus.documents.has(board.id), 10_000, 'the unload')

    const b = await connect()
    expect(readBoard(b.doc).items.has(id)).toBe(true)
    expect(buggy.calls).toBeGreaterThanOrEqual(5)
  })
})
