import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { addNote, type CreateBoardResponse, type ParticipantId } from '@coboard/shared'
import { DEFAULT_LIMITS, type LimitsConfig } from '../../server/src/limits/LimitsConfig'
import type { ServerOptions } from '../../server/src/createServer'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { findServices } from '../helpers/services'
import { connectSynced, waitFor, waitForAcked } from '../helpers/providers'

// Exports cost a render each, so one client address gets a budget of them (429 with Retry-After
// past it, shared by every instance through Redis when there is one), and the same board in the
// same state is rendered once: a second ask for the same file gets the same bytes.

const services = await findServices({ redis: true })

/** An address of its own for each test run (an IPv6 /64): budgets kept in Redis outlive a test. */
const someAddress = () =>
  `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`

const budgetOf3: LimitsConfig = {
  ...DEFAULT_LIMITS,
  trustProxy: true,
  exportsPerMinutePerAddress: 3,
}

describe('exports per address', () => {
  const servers: TestServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.destroy()))
  })
  const start = async (options: ServerOptions) => {
    const server = await startServer(options)
    servers.push(server)
    return server
  }
  const exportOf = (
    server: TestServer,
    board: CreateBoardResponse,
    file: string,
    address: string,
  ) =>
    fetch(`${server.url}/api/boards/${board.id}/${file}`, {
      headers: { authorization: `Bearer ${board.viewToken}`, 'x-forwarded-for': address },
    })

  it('refuses an export past the address’s budget with 429, Retry-After and words', async () => {
    const server = await start({ limits: budgetOf3 })
    const board = await createBoard(server.url)
    const address = someAddress()
    for (const format of ['md', 'csv', 'svg']) {
      expect((await exportOf(server, board, `export.${format}`, address)).status).toBe(200)
    }
    const refused = await exportOf(server, board, 'export.html', address)
    expect(refused.status).toBe(429)
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(60)
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many exports/)
    // Someone elsewhere is not affected.
    expect((await exportOf(server, board, 'export.html', '198.51.100.77')).status).toBe(200)
  })

  it.skipIf(!services.available)(
    services.title('shares the budget between instances through Redis'),
    async () => {
      const options = { limits: budgetOf3, redisUrl: services.redisUrl }
      const [one, two] = [await start(options), await start(options)]
      // Each has a board of its own (separate data folders); the address is the same.
      const [onBoard, twoBoard] = [await createBoard(one.url), await createBoard(two.url)]
      const address = someAddress()
      expect((await exportOf(one, onBoard, 'export.md', address)).status).toBe(200)
      expect((await exportOf(two, twoBoard, 'export.md', address)).status).toBe(200)
      expect((await exportOf(one, onBoard, 'export.csv', address)).status).toBe(200)
      expect((await exportOf(two, twoBoard, 'export.csv', address)).status).toBe(429)
    },
  )

  it('counts on this instance alone, without waiting, while Redis cannot be reached', async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    const server = await start({ limits: budgetOf3, redisUrl: 'redis://127.0.0.1:1' })
    const board = await createBoard(server.url)
    const address = someAddress()
    for (const format of ['md', 'csv', 'svg']) {
      expect((await exportOf(server, board, `export.${format}`, address)).status).toBe(200)
    }
    expect((await exportOf(server, board, 'export.html', address)).status).toBe(429)
  })

  it('serves the same bytes for an unchanged board, and new ones once it changes', async () => {
    const server = await start({ limits: { ...DEFAULT_LIMITS, trustProxy: true } })
    const board = await createBoard(server.url)
    const client = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: 'ada',
    })
    try {
      const ask = async (file: string) =>
        Buffer.from(await (await exportOf(server, board, file, someAddress())).arrayBuffer())
      const first = await ask('export.json')
      // The board file says when it was made, to the millisecond: only a kept copy is the same.
      const madeAt = Date.now()
      await waitFor(() => Date.now() > madeAt, 1_000, 'the next millisecond')
      expect((await ask('export.json')).equals(first)).toBe(true)
      const picture = await ask('export.svg')

      addNote(client.doc, {
        x: 0,
        y: 0,
        authorId: 'ada' as ParticipantId,
        role: 'provider',
        text: 'a new note',
      })
      await waitForAcked(client)
      const changed = await ask('export.json')
      expect(changed.equals(first)).toBe(false)
      expect(changed.toString('utf8')).toContain('a new note')
      const newPicture = await ask('export.svg')
      expect(newPicture.equals(picture)).toBe(false)
      expect(newPicture.toString('utf8')).toContain('a new note')
    } finally {
      client.destroy()
    }
  })
})
