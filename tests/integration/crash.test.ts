import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addNote, getBoardRoots, readBoard, type ItemId, type ParticipantId } from '@coboard/shared'
import { createRandom } from '../fuzz/random'
import { createBoard } from '../helpers/api'
import { spawnServer, type ServerProcess } from '../helpers/spawnServer'
import { connectSynced, waitFor, type TestClient } from '../helpers/providers'
import { connectReconnecting } from '../helpers/reconnectingClient'
import { readStoredBoard } from '../helpers/storedBoard'

// Twenty people write notes while the server process is killed outright (SIGKILL) at a seeded
// random moment. Every note a writer saw acknowledged must be on disk when the process is dead,
// before anything restarts; once it is running again on the same data folder, the providers
// reconnect by themselves and everyone converges, notes written offline included.

const WRITERS = 20
const ROUNDS = process.env.SOAK ? 10 : 1
/** From the restarted server listening to every client agreeing. */
const CONVERGE_MS = 5_000

interface Writer {
  readonly client: TestClient
  /** Every note this writer added, in order. */
  readonly written: ItemId[]
  /** How many of `written` the first server acknowledged (the ack covers all before it). */
  acked: number
}

describe('crash', () => {
  const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 1_000_000))
  const random = createRandom(seed)
  const cleanup: (() => unknown)[] = []
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step()
  })

  it(
    `loses no acknowledged note when killed, and converges after a restart (seed ${seed})`,
    { timeout: ROUNDS * 60_000 },
    async () => {
      console.log(`crash.test seed ${seed} (rerun with CRASH_SEED=${seed}), ${ROUNDS} rounds`)
      const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-crash-'))
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
      // main.ts as operators run it, in a process of its own that the test can kill outright.
      const env = { DATA_DIR: dataDir, CLIENT_DIR: path.join(dataDir, 'no-client') }
      let server: ServerProcess = await spawnServer(env)
      const port = new URL(server.url).port
      cleanup.push(() => server.kill())
      const board = await createBoard(server.url, { title: 'Crash' })

      const writers: Writer[] = []
      for (let i = 0; i < WRITERS; i++) {
        const client = connectReconnecting({
          url: server.url,
          boardId: board.id,
          token: board.editToken,
          participantId: `writer-${i}`,
        })
        cleanup.push(() => client.destroy())
        writers.push({ client, written: [], acked: 0 })
      }
      await waitFor(
        () => writers.every((w) => w.client.provider.synced),
        20_000,
        'every writer to sync',
      )

      for (let round = 1; round <= ROUNDS; round++) {
        // The phases of a round, shared with the writers' loops.
        const phase = { killed: false, restarted: false }
        // A failed loop resolves with its error, so nothing rejects while no one is listening.
        const loops = writers.map((writer, index) =>
          write(writer, index, phase).then(
            () => null,
            (error: unknown) => error,
          ),
        )

        // Kill at a seeded moment, while the writers are busy.
        const killAfterAcks = random.between(WRITERS, WRITERS * 8)
        const acksSoFar = () => writers.reduce((sum, w) => sum + w.acked, 0)
        const startAcks = acksSoFar()
        await waitFor(
          () => acksSoFar() - startAcks >= killAfterAcks,
          20_000,
          'some acknowledged notes',
        )
        const ackedBeforeKill = acksSoFar() - startAcks
        phase.killed = true
        await server.kill()

        // On disk, straight from SQLite: every acknowledged note, with nothing restarted yet.
        const stored = readStoredBoard(dataDir, board.id)!.board
        for (const writer of writers) {
          for (const id of writer.written.slice(0, writer.acked)) {
            expect(
              stored.items.has(id),
              `seed ${seed} round ${round}: acked note ${id} on disk`,
            ).toBe(true)
          }
        }

        server = await spawnServer({ ...env, PORT: port })
        const restartedAt = performance.now()
        phase.restarted = true
        expect((await Promise.all(loops)).filter(Boolean)).toEqual([])

        const expected = new Set(writers.flatMap((w) => w.written))
        // Polled every 10 ms for twenty clients: reads the Y.Map, not a whole snapshot.
        const converged = (client: TestClient) => {
          const { items } = getBoardRoots(client.doc)
          return client.provider.unsyncedChanges === 0 && [...expected].every((id) => items.has(id))
        }
        await waitFor(
          () => writers.every((w) => converged(w.client)),
          CONVERGE_MS,
          `seed ${seed} round ${round}: every client to converge`,
        ).catch((error: unknown) => {
          // Where each client stood at the deadline, for the failure report.
          console.log(
            writers
              .map((w, i) => {
                const { items } = getBoardRoots(w.client.doc)
                const missing = [...expected].filter((id) => !items.has(id)).length
                return `${i}: status ${w.client.socket.status} synced ${w.client.provider.synced} unsynced ${w.client.provider.unsyncedChanges} missing ${missing}`
              })
              .join('\n'),
          )
          console.log(server.lines.slice(-30).join('\n'))
          throw error
        })
        const convergedMs = Math.round(performance.now() - restartedAt)
        // A newcomer, with nothing of its own to send, sees exactly the same board.
        const newcomer = await connectSynced({
          url: server.url,
          boardId: board.id,
          token: board.viewToken,
        })
        const seen = new Set(readBoard(newcomer.doc).items.keys())
        newcomer.destroy()
        expect(seen).toEqual(expected)
        for (const writer of writers) writer.acked = writer.written.length
        console.log(
          `round ${round}: ${expected.size} notes, killed after ${ackedBeforeKill} acks, converged ${convergedMs} ms after the restart`,
        )
      }
    },
  )

  /**
   * One writer: adds a note, waits for its acknowledgement, adds the next. While the server is
   * down it adds one more note offline, then waits for the restart.
   */
  async function write(
    writer: Writer,
    index: number,
    phase: { killed: boolean; restarted: boolean },
  ) {
    const { client } = writer
    const author = `writer-${index}` as ParticipantId
    while (!phase.killed) {
      const id = addNote(client.doc, {
        x: random.int(2_000),
        y: random.int(2_000),
        authorId: author,
        role: 'provider',
        text: `${author} note ${writer.written.length}`,
      })
      writer.written.push(id)
      await waitFor(() => client.provider.unsyncedChanges === 0 || phase.killed, 20_000, 'an ack')
      // Acks only come from a live server; this one is still the first until the restart.
      if (client.provider.unsyncedChanges === 0 && !phase.restarted) {
        writer.acked = writer.written.length
      }
    }
    writer.written.push(
      addNote(client.doc, { x: 0, y: 0, authorId: author, role: 'provider', text: 'offline' }),
    )
    await waitFor(() => phase.restarted, 60_000, 'the restart')
  }
})
