import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addNote, readBoard, type ParticipantId } from '@coboard/shared'
import { createBoard } from '../helpers/api'
import { connectSynced, waitForAcked, type TestClient } from '../helpers/providers'
import { readStoredBoard } from '../helpers/storedBoard'
import { startServer } from '../helpers/server'
import { noteText } from '../helpers/notes'

// `server/src/main.ts` as operators run it: a separate process, stopped by signals.

const ada = 'ada' as ParticipantId

interface ServerProcess {
  readonly child: ChildProcess
  readonly url: string
  /** Every line the process wrote to stdout so far. */
  readonly lines: string[]
  readonly exited: Promise<number | null>
}

function spawnMain(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Starts main.ts and resolves once it logs that it is listening. */
function startMain(dataDir: string): Promise<ServerProcess> {
  const child = spawnMain({ DATA_DIR: dataDir, CLIENT_DIR: path.join(dataDir, 'no-client') })
  const lines: string[] = []
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return new Promise((resolve, reject) => {
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const complete = buffered.split('\n')
      buffered = complete.pop()!
      for (const line of complete) {
        lines.push(line)
        const entry = JSON.parse(line) as { msg: string; url?: string }
        if (entry.msg === 'listening') resolve({ child, url: entry.url!, lines, exited })
      }
    })
    void exited.then((code) => reject(new Error(`main.ts exited with ${code} before listening`)))
  })
}

describe('main.ts', () => {
  const cleanup: (() => Promise<unknown> | void)[] = []
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step()
  })

  const prepare = async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-main-'))
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }))
    const server = await startMain(dataDir)
    cleanup.push(() => {
      if (server.child.exitCode === null) server.child.kill('SIGKILL')
    })
    const board = await createBoard(server.url)
    const client: TestClient = await connectSynced({
      url: server.url,
      boardId: board.id,
      token: board.editToken,
      participantId: ada,
    })
    cleanup.push(() => client.destroy())
    const id = addNote(client.doc, { x: 1, y: 1, authorId: ada, role: 'provider', text: 'durable' })
    await waitForAcked(client)
    return { dataDir, server, board, id }
  }

  it('answers /healthz and, on SIGTERM, writes every board and exits 0', async () => {
    const { dataDir, server, board, id } = await prepare()
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true })
    expect(readStoredBoard(dataDir, board.id)!.logRows).toBeGreaterThan(0)

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.lines.some((line) => line.includes('"server stopped"'))).toBe(true)
    const stored = readStoredBoard(dataDir, board.id)!
    expect(stored.logRows).toBe(0) // folded into the snapshot on the way out
    expect(noteText(stored.board, id)).toBe('durable')
  })

  it('loses no acknowledged edit when killed outright', async () => {
    const { dataDir, server, board, id } = await prepare()
    server.child.kill('SIGKILL')
    await server.exited

    const restarted = await startServer({ dataDir })
    cleanup.push(() => restarted.close())
    const client = await connectSynced({
      url: restarted.url,
      boardId: board.id,
      token: board.viewToken,
    })
    cleanup.push(() => client.destroy())
    expect(noteText(readBoard(client.doc), id)).toBe('durable')
  })

  it('refuses to start with a bad configuration and says why', async () => {
    const child = spawnMain({ PORT: 'eighty', ALLOWED_ORIGINS: 'not a url' })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain('PORT')
    expect(stderr).toContain('ALLOWED_ORIGINS')
  })
})
