import fs from 'node:fs'
import path from 'node:path'
import type { CreateBoardResponse } from '@coboard/shared'
import type { ServerKind } from '../config'
import { ChildProcessHandle } from '../ipc'
import type { StartRequest, Started, Usage } from './serverProcess'
import { HOCUSPOCUS_TOKEN } from './hocuspocusSettings'

// The orchestrator's side of a server process: start it, make boards on it, read its usage,
// stop it. Only loopback addresses are ever used.

/** A board as a load client needs it: the document name and the token to present. */
export interface BoardRef {
  readonly name: string
  readonly token: string | null
}

const ENTRIES: Readonly<Record<ServerKind, URL>> = {
  coboard: new URL('./coboard.ts', import.meta.url),
  hocuspocus: new URL('./hocuspocus.ts', import.meta.url),
  ywebsocket: new URL('./yWebsocket.ts', import.meta.url),
}

export interface ServerHandle {
  readonly kind: ServerKind
  readonly port: number
  readonly pid: number
  readonly dataFile: string | null
  /** Creates `count` boards the way each server expects (Coboard: through its HTTP API). */
  createBoards(count: number): Promise<BoardRef[]>
  /**
   * A reading from inside the process; `collect` runs the garbage collector first. A server too
   * busy to answer within `timeoutMs` rejects.
   */
  usage(collect?: boolean, timeoutMs?: number): Promise<Usage>
  /** Resident memory read from /proc, which works even when the process is too busy to answer. */
  residentBytes(): number
  stop(): Promise<void>
}

/** Starts a server of `kind` in its own process, its files in `workDir`. */
export async function launchServer(
  kind: ServerKind,
  options: { workDir: string; clientDir: string; deflate?: boolean },
): Promise<ServerHandle> {
  // A fresh folder per launch: no run may load what an earlier run stored.
  const dataDir = fs.mkdtempSync(path.join(options.workDir, `${kind}-data-`))
  const child = ChildProcessHandle.start(`${kind} server`, ENTRIES[kind], {
    logFile: `${dataDir}.log`,
    nodeOptions: [
      '--expose-gc',
      '--max-old-space-size=8192',
      ...(process.env.BENCH_PROFILE_SERVERS ? ['--cpu-prof', `--cpu-prof-dir=${dataDir}`] : []),
    ],
  })
  let started: Started
  try {
    const request: StartRequest = {
      dataDir,
      clientDir: options.clientDir,
      deflate: options.deflate,
    }
    started = await child.request<Started>('start', request, 30_000)
  } catch (error) {
    child.kill()
    throw error
  }
  const { port, dataFile } = started
  return {
    kind,
    port,
    pid: child.pid,
    dataFile,
    createBoards: (count) => createBoards(kind, port, count),
    usage: (collect = false, timeoutMs = 30_000) =>
      child.request<Usage>('usage', { collect }, timeoutMs),
    residentBytes: () => readResidentBytes(child.pid),
    stop: () => child.stop('stop', 10_000),
  }
}

async function createBoards(kind: ServerKind, port: number, count: number): Promise<BoardRef[]> {
  if (kind !== 'coboard') {
    const token = kind === 'hocuspocus' ? HOCUSPOCUS_TOKEN : null
    return Array.from({ length: count }, (_, index) => ({ name: `bench-board-${index}`, token }))
  }
  const boards: BoardRef[] = []
  for (let index = 0; index < count; index++) {
    const board = await postBoard(port, `Bench board ${index}`)
    boards.push({ name: board.id, token: board.editToken })
  }
  return boards
}

/** `POST /api/boards` on a Coboard server. */
export async function postBoard(port: number, title: string): Promise<CreateBoardResponse> {
  const response = await fetch(`http://127.0.0.1:${port}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
    signal: AbortSignal.timeout(10_000),
  })
  if (response.status !== 201) {
    throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as CreateBoardResponse
}

/** VmRSS of a process in bytes, or 0 once it is gone. */
export function readResidentBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status)
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}
