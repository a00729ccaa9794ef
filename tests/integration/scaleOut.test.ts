import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  addNote,
  editText,
  readBoard,
  type BoardSnapshot,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { createTestSchema, findServices, type TestSchema } from '../helpers/services'
import { spawnServer, type ServerProcess } from '../helpers/spawnServer'
import { startProxy } from '../helpers/switchableProxy'
import { createBoard } from '../helpers/api'
import { connectSynced, waitFor, waitForAcked, type TestClient } from '../helpers/providers'
import { readPostgresBoard } from '../helpers/postgresBoard'
import { noteText } from '../helpers/notes'

// Two server processes behind one Redis and one PostgreSQL, as in docs/scaling.md. Ada reaches
// instance A through a proxy standing in for the load balancer; Bea is on instance B. When A is
// killed, the proxy sends new connections to B and Ada's provider reconnects on its own, to the
// same URL, as a browser behind the real proxy would. A fresh provider would prove less: it is the
// existing one that holds Ada's unacknowledged and offline edits.

const services = await findServices({ redis: true, postgres: true })
const ada = 'ada' as ParticipantId
const bea = 'bea' as ParticipantId

/** Whether `board` has every note in `expected` with that text. */
function hasNotes(board: BoardSnapshot, expected: ReadonlyMap<ItemId, string>): boolean {
  return [...expected].every(([id, text]) => noteText(board, id) === text)
}

describe.skipIf(!services.available)(services.title('scale-out'), () => {
  let schema: TestSchema
  let dataDir: string
  const cleanup: (() => Promise<unknown> | void)[] = []

  beforeAll(async () => {
    schema = await createTestSchema(services.postgresUrl)
    dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-scale-'))
  })
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step()
  })
  afterAll(async () => {
    await schema?.drop()
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  const startInstance = async (): Promise<ServerProcess> => {
    const instance = await spawnServer({
      DATABASE_URL: schema.url,
      REDIS_URL: services.redisUrl,
      DATA_DIR: dataDir,
      CLIENT_DIR: path.join(dataDir, 'no-client'),
    })
    cleanup.push(() => instance.kill())
    return instance
  }
  const connect = async (url: string, boardId: string, token: string, participantId?: string) => {
    const client = await connectSynced({ url, boardId, token, participantId })
    // Keep reconnecting for as long as it takes, as a browser does.
    client.socket.setConfiguration({ maxAttempts: 0 })
    cleanup.push(() => client.destroy())
    return client
  }

  it('shares a board across instances and loses no acknowledged edit when one dies', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()])
    for (const instance of [a, b]) {
      const ready = await fetch(`${instance.url}/readyz`)
      expect(await ready.json()).toEqual({ ok: true }) // PostgreSQL and Redis both reachable
    }
    const proxy = await startProxy(a.url)
    cleanup.push(() => proxy.close())
    const board = await createBoard(proxy.url, { title: 'Two instances' })
    const adaClient = await connect(proxy.url, board.id, board.editToken, ada)
    const beaClient = await connect(b.url, board.id, board.editToken, bea)
    const expected = new Map<ItemId, string>()
    const note = (client: TestClient, authorId: ParticipantId, text: string) => {
      const id = addNote(client.doc, { x: expected.size, y: 0, authorId, role: 'provider', text })
      expected.set(id, text)
      return id
    }
    const everywhere = (what: string, clients: readonly TestClient[]) =>
      waitFor(
        () => clients.every((client) => hasNotes(readBoard(client.doc), expected)),
        10_000,
        what,
      )

    // Notes and edits cross from one instance to the other, both ways.
    const fromA = note(adaClient, ada, 'from A')
    note(beaClient, bea, 'from B')
    await everywhere('both notes on both instances', [adaClient, beaClient])
    editText(beaClient.doc, fromA, 'text', 'from A, edited on B')
    expected.set(fromA, 'from A, edited on B')
    await everywhere('the edit to reach A', [adaClient, beaClient])

    // So does presence, with the user the server vouches for.
    adaClient.provider.setAwarenessField('cursor', { x: 1, y: 2 })
    beaClient.provider.setAwarenessField('cursor', { x: 3, y: 4 })
    const stateOf = (observer: TestClient, observed: TestClient) =>
      observer.provider.awareness!.getStates().get(observed.doc.clientID)
    await waitFor(() => stateOf(beaClient, adaClient)?.cursor?.x === 1, 10_000, 'Ada on B')
    await waitFor(() => stateOf(adaClient, beaClient)?.cursor?.x === 3, 10_000, 'Bea on A')
    expect(stateOf(beaClient, adaClient)?.user).toMatchObject({ participantId: ada })

    // Edits A acknowledged just before it dies.
    for (let i = 0; i < 5; i++) {
      note(adaClient, ada, `acked by A ${i}`)
      await waitForAcked(adaClient)
    }
    proxy.switchTo(b.url)
    await a.kill()
    // Before anyone reconnects: what A acknowledged is in PostgreSQL, whatever B has heard.
    const afterKill = await readPostgresBoard(schema.url, board.id)
    expect(hasNotes(afterKill!.board, expected)).toBe(true)
    // Made while Ada is cut off; the provider sends them once it is back.
    note(adaClient, ada, 'written offline')
    note(beaClient, bea, 'written on B meanwhile')

    await waitFor(
      () => adaClient.provider.synced && adaClient.provider.unsyncedChanges === 0,
      15_000,
      'Ada to reconnect through the proxy and have her edits acknowledged',
    )
    await everywhere('every edit on both clients', [adaClient, beaClient])
    adaClient.provider.setAwarenessField('cursor', { x: 5, y: 6 })
    await waitFor(() => stateOf(beaClient, adaClient)?.cursor?.x === 5, 10_000, 'Ada back on B')

    // A newcomer, and the database itself, have everything too.
    const viewer = await connect(b.url, board.id, board.viewToken)
    expect(hasNotes(readBoard(viewer.doc), expected)).toBe(true)
    const stored = await readPostgresBoard(schema.url, board.id)
    expect(hasNotes(stored!.board, expected)).toBe(true)

    // The survivor folds the whole log, the dead instance's rows included, into the snapshot.
    expect(await b.stop()).toBe(0)
    const compacted = await readPostgresBoard(schema.url, board.id)
    expect(compacted!.logRows).toBe(0)
    expect(hasNotes(compacted!.board, expected)).toBe(true)

    // Ids and counts in the logs; never a token or a note.
    const logs = [...a.lines, ...b.lines].join('\n')
    for (const secret of [board.editToken, board.viewToken, 'from A', 'written offline']) {
      expect(logs).not.toContain(secret)
    }
  })
})
