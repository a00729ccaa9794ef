import { createHook } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addNote,
  normaliseJoinCode,
  readBoard,
  type CreateBoardResponse,
  type JoinCodeResponse,
  type JoinResponse,
  type ParticipantId,
} from '@coboard/shared'
import { DEFAULT_LIMITS } from '../../server/src/limits/LimitsConfig'
import { startServer, type TestServer } from '../helpers/server'
import { createBoard } from '../helpers/api'
import { connectSynced, waitForAcked } from '../helpers/providers'
import { createTestSchema, findServices, type TestSchema } from '../helpers/services'

// Short join links: `POST /api/boards` hands out a join code, `POST /api/join` turns a typed code
// back into the participant link, and `POST /api/boards/:id/join-code` mints one for a board made
// earlier. Real server, real SQLite; every test speaks from an X-Forwarded-For address of its own
// (TRUST_PROXY), so the rate limit of one test never reaches another.

const ada = 'ada' as ParticipantId
const services = await findServices({ postgres: true })

/** How a person might type `K7QM-3XPA` off a screen: lower case, a space, O for 0, l for 1. */
function typedSloppily(joinCode: string): string {
  return ` ${joinCode.toLowerCase().replace('-', ' ').replace(/0/g, 'O').replace(/1/g, 'l')} `
}

/** A join code no board has: the board's own code with its last character changed. */
function otherCode(joinCode: string): string {
  return joinCode.slice(0, -1) + (joinCode.endsWith('Z') ? 'Y' : 'Z')
}

describe('join codes', () => {
  let server: TestServer
  let clientDir: string
  const logLines: string[] = []
  let nextAddress = 1

  /** `POST /api/join` from `address` (as the proxy in front would say). */
  const join = (body: unknown, address: string) =>
    fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  /** An address no other test has used. */
  const freshAddress = () => `203.0.113.${nextAddress++}`
  const mint = (id: string, authorization?: string) =>
    fetch(`${server.url}/api/boards/${id}/join-code`, {
      method: 'POST',
      headers: authorization ? { authorization } : {},
    })
  /** Join codes this process has stretched, as /metrics counts them. */
  const stretchesSoFar = async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text()
    const line = text.split('\n').find((l) => l.startsWith('coboard_join_code_stretches_total '))
    if (line === undefined) throw new Error('/metrics has no coboard_join_code_stretches_total')
    return Number(line.split(' ')[1])
  }
  const readJoinCodeRows = () => {
    const db = new Database(path.join(server.dataDir, 'coboard.sqlite'), { readonly: true })
    try {
      return db.prepare('SELECT * FROM join_codes').all() as Record<string, unknown>[]
    } finally {
      db.close()
    }
  }

  beforeAll(async () => {
    clientDir = await mkdtemp(path.join(tmpdir(), 'coboard-join-client-'))
    await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Coboard</title>')
    server = await startServer({
      clientDir,
      limits: { ...DEFAULT_LIMITS, trustProxy: true },
      logger: pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) }),
    })
  })
  afterAll(async () => {
    await server?.destroy()
    await rm(clientDir, { recursive: true, force: true })
  })

  it('creates a board with a join code and its short link', async () => {
    const board = await createBoard(server.url)
    expect(board.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(board.shortJoinUrl).toBe(`${server.url}/j/${board.joinCode}`)
  })

  it('turns a sloppily typed code into an edit token that really edits', async () => {
    const board = await createBoard(server.url)
    const response = await join({ code: typedSloppily(board.joinCode) }, freshAddress())
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const joined = (await response.json()) as JoinResponse
    expect(joined).toEqual({
      boardId: board.id,
      editToken: board.editToken,
      participantUrl: board.editUrl,
    })

    const client = await connectSynced({
      url: server.url,
      boardId: joined.boardId,
      token: joined.editToken,
    })
    try {
      addNote(client.doc, { x: 0, y: 0, text: 'Joined by code', authorId: ada, role: 'other' })
      await waitForAcked(client)
      expect(client.syncStatus).toMatchObject({ refused: 0 })
      expect(client.syncStatus.applied).toBeGreaterThan(0)
    } finally {
      client.destroy()
    }
    const check = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.viewToken,
    })
    try {
      const texts = [...readBoard(check.doc).items.values()].map((item) =>
        item.kind === 'note' ? item.text : null,
      )
      expect(texts).toContain('Joined by code')
    } finally {
      check.destroy()
    }
  })

  it('says in words that no board has an unknown code', async () => {
    const board = await createBoard(server.url)
    const unknown = otherCode(board.joinCode)
    const response = await join({ code: unknown.toLowerCase() }, freshAddress())
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({
      error: `No board has the join code ${unknown}. Check the code on the projector.`,
    })
  })

  it.each([
    ['seven characters', { code: 'K7QM-3XP' }],
    ['a U', { code: 'K7QM-3XPU' }],
    ['a path', { code: '/b/abc#edit=x' }],
    ['a number', { code: 12345678 }],
    ['no code at all', {}],
    ['text that is not JSON', '{"code": '],
  ])('refuses %s with 400', async (_what, body) => {
    const response = await join(body, freshAddress())
    expect(response.status).toBe(400)
    expect(typeof ((await response.json()) as { error: unknown }).error).toBe('string')
  })

  it('stops an address after 10 wrong codes, with Retry-After, and no other address', async () => {
    const board = await createBoard(server.url)
    const guesser = freshAddress()
    for (let i = 0; i < DEFAULT_LIMITS.joinFailuresPerMinute; i++) {
      expect((await join({ code: otherCode(board.joinCode) }, guesser)).status).toBe(404)
    }
    const refused = await join({ code: otherCode(board.joinCode) }, guesser)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(((await refused.json()) as { error: string }).error).toMatch(/Too many tries/)
    // Even the right code waits now: guessing must not pay.
    expect((await join({ code: board.joinCode }, guesser)).status).toBe(429)

    expect((await join({ code: board.joinCode }, freshAddress())).status).toBe(200)
  })

  it('lets a whole room behind one address join with the right code', async () => {
    const board = await createBoard(server.url)
    const venue = freshAddress()
    const started = performance.now()
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => join({ code: board.joinCode }, venue)),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200))
    // One at a time per address, and still all in within a few seconds.
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('stretches guesses off libuv’s thread pool, and other boards’ edits keep being saved', async () => {
    // Stretching once ran on libuv's four threads, where SQLite's fdatasync waits too
    // (storage/WalSync.ts): forty guesses held every other board's acknowledgement back until
    // the last was stretched. Every job Node gives that pool is an async resource, seen here.
    const poolStretches: string[] = []
    const hook = createHook({
      init: (_id, type) => void (type === 'PBKDF2REQUEST' && poolStretches.push(type)),
    })
    const target = await createBoard(server.url)
    const other = await createBoard(server.url)
    const editor = await connectSynced({
      url: server.url,
      boardId: other.id,
      token: other.editToken,
    })
    hook.enable()
    try {
      let answered = 0
      const guesses = Array.from({ length: 4 }, freshAddress).flatMap((address) =>
        Array.from({ length: DEFAULT_LIMITS.joinFailuresPerMinute }, async () => {
          const response = await join({ code: otherCode(target.joinCode) }, address)
          await response.body?.cancel()
          answered += 1
          return response.status
        }),
      )
      // Edits one after another until every guess is answered, noting how many guesses were
      // answered while each edit waited for its acknowledgement.
      const answeredPerAck: number[] = []
      while (answered < guesses.length) {
        const before = answered
        addNote(editor.doc, { x: 0, y: 0, text: 'still saving', authorId: ada, role: 'other' })
        await waitForAcked(editor)
        answeredPerAck.push(answered - before)
      }
      expect(await Promise.all(guesses)).toEqual(Array(guesses.length).fill(404))
      expect(poolStretches).toEqual([])
      // On the old pool the first acknowledgement waited for the last stretch; beside the
      // stretching thread, saves go on while guesses are still being answered. (How many depends
      // on the machine's load, so only that they do is asserted.)
      expect(answeredPerAck.length).toBeGreaterThan(1)
      expect(answeredPerAck[0]).toBeLessThan(guesses.length)
    } finally {
      hook.disable()
      editor.destroy()
    }
  })

  it('stretches one address’s parallel wrong guesses one at a time, so its limit holds', async () => {
    const board = await createBoard(server.url)
    const guesser = freshAddress()
    const before = await stretchesSoFar()
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async () => {
        const response = await join({ code: otherCode(board.joinCode) }, guesser)
        await response.body?.cancel()
        return response.status
      }),
    )
    const failures = DEFAULT_LIMITS.joinFailuresPerMinute
    expect(statuses.filter((status) => status === 404)).toHaveLength(failures)
    expect(statuses.filter((status) => status === 429)).toHaveLength(60 - failures)
    expect((await stretchesSoFar()) - before).toBe(failures)
  })

  it('mints the same code again for the edit token, and refuses everyone else', async () => {
    const board = await createBoard(server.url)
    for (let i = 0; i < 2; i++) {
      const response = await mint(board.id, `Bearer ${board.editToken}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect((await response.json()) as JoinCodeResponse).toEqual({
        joinCode: board.joinCode,
        shortJoinUrl: board.shortJoinUrl,
      })
    }
    const view = await mint(board.id, `Bearer ${board.viewToken}`)
    expect(view.status).toBe(403)
    expect(((await view.json()) as { error: string }).error).toMatch(/participant link/)
    const none = await mint(board.id)
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBe('Bearer')
    expect((await mint(board.id, 'Bearer not-the-token')).status).toBe(403)
    expect((await mint('nosuchboard1', `Bearer ${board.editToken}`)).status).toBe(404)
    const rows = readJoinCodeRows().filter((row) => row.board_id === board.id)
    expect(rows).toHaveLength(1)
  })

  it('stretches a board’s code once for any number of projectors asking at the same moment', async () => {
    const board = await createBoard(server.url)
    const before = await stretchesSoFar()
    const answers = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const response = await mint(board.id, `Bearer ${board.editToken}`)
        return ((await response.json()) as JoinCodeResponse).joinCode
      }),
    )
    expect(answers).toEqual(Array(40).fill(board.joinCode))
    // Requests that arrive while one is being stretched share it: at most a few, never forty.
    expect((await stretchesSoFar()) - before).toBeLessThanOrEqual(4)
  })

  it('mints a code for a board that had none, and then the code opens it', async () => {
    const board = await createBoard(server.url)
    // A board made before join codes existed has no row.
    const db = new Database(path.join(server.dataDir, 'coboard.sqlite'))
    db.prepare('DELETE FROM join_codes WHERE board_id = ?').run(board.id)
    db.close()
    const address = freshAddress()
    expect((await join({ code: board.joinCode }, address)).status).toBe(404)

    const minted = (await (await mint(board.id, `Bearer ${board.editToken}`)).json()) as {
      joinCode: string
    }
    expect(minted.joinCode).toBe(board.joinCode)
    expect((await join({ code: board.joinCode }, address)).status).toBe(200)
  })

  it('forgets the code of a deleted board', async () => {
    const board = await createBoard(server.url)
    const deleted = await fetch(`${server.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(deleted.status).toBe(204)
    expect(readJoinCodeRows().filter((row) => row.board_id === board.id)).toEqual([])
    expect((await join({ code: board.joinCode }, freshAddress())).status).toBe(404)
  })

  it('stores neither the code nor the edit token, nor a plain hash of the code', async () => {
    const board = await createBoard(server.url)
    const code = normaliseJoinCode(board.joinCode)!
    const rows = readJoinCodeRows().filter((row) => row.board_id === board.id)
    expect(rows).toHaveLength(1)
    const stored = Object.values(rows[0])
      .map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value)))
      .join('|')
    for (const secret of [code, board.joinCode, board.editToken]) {
      expect(stored).not.toContain(secret)
    }
    const plainHash = createHash('sha256').update(code).digest()
    expect(Buffer.compare(rows[0].code_hash as Buffer, plainHash)).not.toBe(0)
  })

  it('gives an imported board a join code too', async () => {
    const board = await createBoard(server.url)
    const file = await (
      await fetch(`${server.url}/api/boards/${board.id}/export.json`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      })
    ).text()
    const imported = (await (
      await fetch(`${server.url}/api/boards/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: file,
      })
    ).json()) as CreateBoardResponse
    expect(imported.joinCode).not.toBe(board.joinCode)
    const joined = (await (
      await join({ code: imported.joinCode }, freshAddress())
    ).json()) as JoinResponse
    expect(joined.boardId).toBe(imported.id)
  })

  it('serves the app for short links', async () => {
    for (const route of ['/j/K7QM-3XPA', '/j/k7qm%203xpa', '/j/', '/j']) {
      const response = await fetch(`${server.url}${route}`)
      expect(response.status, route).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/text\/html/)
      expect(await response.text()).toContain('<title>Coboard</title>')
    }
  })

  it('never logs a code or an edit token', async () => {
    const board = await createBoard(server.url)
    await fetch(`${server.url}/j/${board.joinCode}`)
    await mint(board.id, `Bearer ${board.editToken}`)
    await join({ code: board.joinCode }, freshAddress())
    await join({ code: otherCode(board.joinCode) }, freshAddress())
    const log = logLines.join('\n')
    expect(log).toContain(board.id)
    const code = normaliseJoinCode(board.joinCode)!
    for (const secret of [code, board.joinCode, otherCode(board.joinCode), board.editToken]) {
      expect(log).not.toContain(secret)
    }
  })
})

describe.skipIf(!services.available)(services.title('join codes on PostgreSQL'), () => {
  let schema: TestSchema
  let server: TestServer
  beforeAll(async () => {
    schema = await createTestSchema(services.postgresUrl)
    server = await startServer({ databaseUrl: schema.url })
  })
  afterAll(async () => {
    await server?.destroy()
    await schema?.drop()
  })

  it('opens a board by its code until the board is deleted', async () => {
    const board = await createBoard(server.url)
    const join = () =>
      fetch(`${server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: board.joinCode.toLowerCase() }),
      })
    const joined = await join()
    expect(joined.status).toBe(200)
    expect(((await joined.json()) as JoinResponse).editToken).toBe(board.editToken)

    const minted = await fetch(`${server.url}/api/boards/${board.id}/join-code`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(((await minted.json()) as JoinCodeResponse).joinCode).toBe(board.joinCode)

    await fetch(`${server.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect((await join()).status).toBe(404)
  })
})
