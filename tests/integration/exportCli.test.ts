import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addNote,
  privateWordsDocName,
  writePrivateWords,
  type BoardExport,
  type CreateBoardResponse,
  type ItemId,
  type ParticipantId,
} from '@coboard/shared'
import { makeSampleBoard } from '../../shared/src/board/export/testing/sampleBoard'
import { makeExportFile, type ExportFormat } from '../../client/src/features/export/exportFiles'
import { storeNewBoard } from '../../server/src/board/storeNewBoard'
import { SqliteBoardStore } from '../../server/src/storage/SqliteBoardStore'
import { createBoard } from '../helpers/api'
import { connectSynced, waitForAcked } from '../helpers/providers'
import { startServer } from '../helpers/server'
import { readStoredBoard } from '../helpers/storedBoard'

// `npm run export` as an operator runs it: its own process, reading the server's data folder,
// writing a file or standard output, with clear words and exit codes when something is wrong.

const ROOT = path.resolve(import.meta.dirname, '../..')

interface CliRun {
  readonly code: number | null
  readonly stdout: Buffer
  readonly stderr: string
}

/** Runs `server/src/cli/export.ts` (what `npm run export --` runs) with `args`. */
function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/export.ts', ...args], {
    cwd: ROOT,
    // The test's own environment must not point the command at some other storage.
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: Buffer[] = []
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr }))
  })
}

// Each run starts a TypeScript process of its own, which takes seconds on a busy machine.
describe('npm run export', { timeout: 120_000 }, () => {
  let dataDir: string
  let outDir: string
  let board: CreateBoardResponse
  let title: string
  /** Ada's private words on the board, stored beside it. */
  const secretWords = 'words only ada may read'
  const adasWords = () => privateWordsDocName(board.id, 'ada' as ParticipantId)

  /** What the browser's Export menu would make from the stored board now. */
  const expected = (format: ExportFormat, names: 'names' | 'roles' | 'anonymous' = 'roles') =>
    makeExportFile(format, {
      boardId: board.id,
      board: readStoredBoard(dataDir, board.id)!.board,
      names,
      now: new Date(),
    })

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'coboard-cli-'))
    outDir = await mkdtemp(path.join(tmpdir(), 'coboard-cli-out-'))
    const store = SqliteBoardStore.open(dataDir)
    const doc = makeSampleBoard(() => {})
    board = await storeNewBoard(store, doc, {
      title: 'sample',
      createdAt: Date.now(),
      origin: 'http://coboard.test',
    })
    doc.destroy()
    const words = new Y.Doc()
    writePrivateWords(words, 'note-1' as ItemId, 'note', 'text', secretWords)
    await store.appendUpdate(adasWords(), Y.encodeStateAsUpdate(words))
    words.destroy()
    await store.close()
    title = readStoredBoard(dataDir, board.id)!.board.meta.title
  })
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
    await rm(outDir, { recursive: true, force: true })
  })

  it('writes the report to --out and says so, without printing the board or a token', async () => {
    const out = path.join(outDir, 'report.md')
    const run = await runCli([
      '--board',
      board.id,
      '--format',
      'md',
      '--out',
      out,
      '--data-dir',
      dataDir,
    ])
    expect(run.code).toBe(0)
    expect(run.stdout.length).toBe(0)
    expect(run.stderr).toMatch(/wrote .*report\.md/)
    expect(await readFile(out, 'utf8')).toBe(expected('md').text)
    for (const secret of [board.editToken, board.viewToken, title, 'Amina']) {
      expect(run.stderr).not.toContain(secret)
    }
  })

  it('writes every format to standard output, byte for byte as the browser makes it', async () => {
    const formats: readonly ExportFormat[] = ['json', 'csv', 'svg', 'html']
    const runs = await Promise.all(
      formats.map((format) =>
        runCli(['--board', board.id, '--format', format], { DATA_DIR: dataDir }),
      ),
    )
    runs.forEach((run, index) => {
      const format = formats[index]
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toBe('')
      const file = expected(format)
      if (format === 'json') {
        const printed = JSON.parse(run.stdout.toString('utf8')) as BoardExport
        expect({ ...printed, exportedAt: '' }).toEqual({
          ...(JSON.parse(file.text) as BoardExport),
          exportedAt: '',
        })
      } else {
        expect(run.stdout.equals(Buffer.from(file.text, 'utf8'))).toBe(true)
      }
    })
    // The sample's note kept out of exports stays out here too.
    for (const run of runs) expect(run.stdout.toString()).not.toContain('my neighbour works')
  })

  it('names people only when asked', async () => {
    const [plain, named, anonymous] = await Promise.all(
      [[], ['--names', 'names'], ['--names', 'anonymous']].map((extra) =>
        runCli(['--board', board.id, '--format', 'md', '--data-dir', dataDir, ...extra]),
      ),
    )
    expect(plain.stdout.toString()).not.toContain('Amina')
    expect(named.stdout.toString()).toBe(expected('md', 'names').text)
    expect(named.stdout.toString()).toContain('Amina')
    expect(anonymous.stdout.toString()).toBe(expected('md', 'anonymous').text)
  })

  it('writes the board file with the board’s naming, or as a full backup when asked', async () => {
    const [plain, backup] = await Promise.all(
      [[], ['--full-backup']].map((extra) =>
        runCli(['--board', board.id, '--format', 'json', '--data-dir', dataDir, ...extra]),
      ),
    )
    const read = (run: typeof plain) => JSON.parse(run.stdout.toString('utf8')) as BoardExport
    expect(read(plain)).toMatchObject({ fullBackup: false, names: 'roles' })
    expect(plain.stdout.toString()).not.toContain('Amina')
    expect(read(backup)).toMatchObject({ fullBackup: true, names: 'names' })
    expect(backup.stdout.toString()).toContain('Amina')
    expect(backup.stdout.toString()).not.toContain('my neighbour works')
  })

  it('exits 1 with a clear message for a board that is not there', async () => {
    const run = await runCli(['--board', 'NoSuchBoard12', '--format', 'md', '--data-dir', dataDir])
    expect(run.code).toBe(1)
    expect(run.stdout.length).toBe(0)
    expect(run.stderr).toContain('there is no board "NoSuchBoard12"')
  })

  it("exits 1 for a person's private words, which are not a board", async () => {
    const run = await runCli(['--board', adasWords(), '--format', 'json', '--data-dir', dataDir])
    expect(run.code).toBe(1)
    expect(run.stdout.length).toBe(0)
    expect(run.stderr).toContain(`there is no board "${adasWords()}"`)
    expect(run.stderr).not.toContain(secretWords)
  })

  it('exits 1 for a data folder without a database, and creates nothing there', async () => {
    const empty = path.join(outDir, 'not-a-data-dir')
    const run = await runCli(['--board', board.id, '--format', 'md', '--data-dir', empty])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/no Coboard database in .*not-a-data-dir/)
    expect(existsSync(empty)).toBe(false)
  })

  it('exits 2 with the usage for wrong arguments', async () => {
    const cases: readonly [readonly string[], RegExp][] = [
      [['--format', 'md'], /--board/],
      [['--board', 'abc12345'], /--format/],
      [['--board', 'abc12345', '--format', 'exe'], /--format must be one of/],
      [['--board', 'abc12345', '--format', 'md', '--names', 'all'], /--names/],
      [['--board', 'abc12345', '--format', 'md', '--full-backup'], /--full-backup/],
      [['--board', 'abc12345', '--format', 'json', '--full-backup', '--names', 'roles'], /names/],
      [['--board', 'abc12345', '--format', 'md', '--token', 'x'], /token/],
      [['abc12345'], /argument/],
    ]
    const runs = await Promise.all(cases.map(([args]) => runCli(args)))
    runs.forEach((run, index) => {
      expect(run.code, cases[index][0].join(' ')).toBe(2)
      expect(run.stdout.length).toBe(0)
      expect(run.stderr).toMatch(cases[index][1])
      expect(run.stderr).toContain('Usage:')
    })
  })

  it('prints its usage for --help', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout.toString()).toContain('npm run export -- --board <id> --format')
  })

  it('reads a board a running server has open, edits of a moment ago included', async () => {
    const server = await startServer()
    try {
      const live = await createBoard(server.url, { title: 'Live board' })
      const client = await connectSynced({
        url: server.url,
        boardId: live.id,
        token: live.editToken,
        participantId: 'ada',
      })
      addNote(client.doc, {
        x: 0,
        y: 0,
        authorId: 'ada' as ParticipantId,
        role: 'provider',
        text: 'Written while the server runs',
      })
      await waitForAcked(client)
      const run = await runCli([
        '--board',
        live.id,
        '--format',
        'csv',
        '--data-dir',
        server.dataDir,
      ])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout.toString()).toContain('Written while the server runs')
      client.destroy()
    } finally {
      await server.destroy()
    }
  })
})
