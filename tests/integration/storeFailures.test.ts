import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteBoardStore } from '../../server/src/storage/SqliteBoardStore'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { bigBoardFile } from '../helpers/bigBoard'
import { createTestSchema, findServices, withClient } from '../helpers/services'
import { waitFor } from '../helpers/providers'

// When storage cannot write (a full disk, a database that only reads), /readyz says so, so a load
// balancer sends people elsewhere, and creating or importing a board answers 503 with words
// instead of a 500: the server is fine, its storage is not. Real SQLite filled to its limit, and
// a real PostgreSQL that refuses writes.

const services = await findServices({ postgres: true })

/**
 * Caps the server's own SQLite connection at the pages it has now, with no free pages left, so
 * the next write that needs a page fails with a real SQLITE_FULL, as a full disk would. The cap
 * is a setting of the connection, so it has to be the server's connection.
 */
function fillDisk(store: SqliteBoardStore): void {
  const db = (store as unknown as { db: Database.Database }).db
  db.exec('VACUUM')
  const pages = db.pragma('page_count', { simple: true }) as number
  db.pragma(`max_page_count = ${pages}`)
}

const readyStatus = async (server: TestServer) => (await fetch(`${server.url}/readyz`)).status

const post = (server: TestServer, path: string, body: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })

describe('a full disk', () => {
  let server: TestServer | null = null
  afterEach(async () => {
    await server?.destroy()
    server = null
  })

  it('shows in /readyz, and creating or importing a board answers 503 with words', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-test-'))
    const store = SqliteBoardStore.open(dataDir)
    server = await startServer({ dataDir, store })
    const running = server
    expect(await readyStatus(running)).toBe(200)
    await createBoard(running.url)

    fillDisk(store)
    // Boards may still fit in pages that have room; sooner or later one does not.
    let refused: Response | null = null
    for (let i = 0; i < 500 && !refused; i++) {
      const response = await post(running, '/api/boards', '{"title":"Workshop"}')
      if (response.status !== 201) refused = response
    }
    expect(refused?.status).toBe(503)
    expect(((await refused?.json()) as { error: string }).error).toMatch(/cannot save/)
    await waitFor(async () => (await readyStatus(running)) === 503, 5_000, '/readyz to say 503')

    const imported = await post(running, '/api/boards/import', bigBoardFile(50))
    expect(imported.status).toBe(503)
    expect(((await imported.json()) as { error: string }).error).toMatch(/cannot save/)
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200)
  })
})

describe.skipIf(!services.available)(services.title('a PostgreSQL that refuses writes'), () => {
  it('shows in /readyz, and creating or importing a board answers 503 with words', async () => {
    const schema = await createTestSchema(services.postgresUrl)
    const role = `coboard_reader_${randomBytes(4).toString('hex')}`
    let server: TestServer | null = null
    try {
      // The schema is made by a server that may write, then read by a role that may only read.
      const writer = await startServer({ databaseUrl: schema.url })
      await createBoard(writer.url)
      await writer.destroy()
      await withClient(services.postgresUrl, async (client) => {
        await client.query(`CREATE ROLE ${role} LOGIN`)
        await client.query(`GRANT USAGE, CREATE ON SCHEMA ${schema.name} TO ${role}`)
        await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${schema.name} TO ${role}`)
      })
      const url = new URL(schema.url)
      url.username = role
      server = await startServer({ databaseUrl: url.toString() })
      const running = server
      const board = await fetch(`${running.url}/api/boards/nowhere/export.json`)
      expect(board.status).toBe(404) // it reads
      await waitFor(async () => (await readyStatus(running)) === 503, 5_000, '/readyz to say 503')

      const created = await post(running, '/api/boards', '{"title":"Workshop"}')
      expect(created.status).toBe(503)
      expect(((await created.json()) as { error: string }).error).toMatch(/cannot save/)
      const imported = await post(running, '/api/boards/import', bigBoardFile(50))
      expect(imported.status).toBe(503)
    } finally {
      await server?.destroy()
      await schema.drop()
      await withClient(services.postgresUrl, async (client) => {
        await client.query(`DROP OWNED BY ${role}`)
        await client.query(`DROP ROLE ${role}`)
      })
    }
  })
})
