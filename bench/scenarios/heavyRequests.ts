import type { CreateBoardResponse } from '@coboard/shared'
import { bigBoardFile } from '../../shared/src/board/testing/bigBoard'
import { planClients, runLoad, type LoadResult } from '../clients/pool'
import { now, sleep } from '../clock'
import { launchServer, type ServerHandle } from '../servers/launch'
import { summarize, type Summary } from '../stats'
import type { ScenarioContext } from './propagation'

// Figure 6: the heaviest HTTP requests against everyone else's saves. People edit one board while
// a burst of exports of a big board, or of imports of a big board file, runs; each save's
// acknowledgement (sent once it is synced to disk) is timed, and compared with a quiet run of the
// same editors in the same server. The per-address budgets are lifted on the bench server (every
// request comes from 127.0.0.1), so this measures the worst case: many addresses at once.

export interface HeavyRow {
  readonly label: string
  readonly load: LoadResult
  /** Send → acknowledgement of the editors' saves in the measured window. */
  readonly ack: Summary
  /** How the heavy requests were answered: status → count. */
  readonly answers: Readonly<Record<string, number>>
  /** Request → complete answer of the heavy requests. */
  readonly requestMs: Summary
}

/** Exports in a burst: every format that renders, in each naming, so no kept copy serves one. */
const EXPORT_FILES = ['svg', 'html', 'md', 'csv'].flatMap((format) =>
  ['names', 'roles', 'anonymous'].map((names) => `export.${format}?names=${names}`),
)
const IMPORTS = 6

export async function runHeavyRequests(context: ScenarioContext): Promise<HeavyRow[]> {
  const { config, log } = context
  const { exportNotes, importNotes, clients } = config.heavy
  log(`heavy requests: a ${exportNotes}-note board to export, a ${importNotes}-note file to import`)
  const server = await launchServer('coboard', context)
  try {
    const exportFile = bigBoardFile(exportNotes)
    const big = await post(server, '/api/boards/import', exportFile)
    const importFile = bigBoardFile(importNotes)
    log(
      `  board file sizes: export board ${kib(exportFile)} KiB, import file ${kib(importFile)} KiB`,
    )
    const [editors] = await server.createBoards(1)

    const exports = () =>
      EXPORT_FILES.map((file) =>
        timed(() =>
          fetch(`http://127.0.0.1:${server.port}/api/boards/${big.id}/${file}`, {
            headers: { authorization: `Bearer ${big.editToken}` },
          }),
        ),
      )
    const imports = () =>
      Array.from({ length: IMPORTS }, () =>
        timed(() => postRaw(server, '/api/boards/import', importFile)),
      )
    const rows: HeavyRow[] = []
    for (const [label, burst] of [
      ['quiet', null],
      [`${EXPORT_FILES.length} exports of the ${exportNotes}-note board`, exports],
      [`${IMPORTS} imports of a ${importNotes}-note file`, imports],
    ] as const) {
      log(`heavy requests: ${label}, ${clients} editors on another board`)
      let requests: Promise<{ status: number; ms: number }[]> = Promise.resolve([])
      const load = await runLoad({
        server,
        boards: [editors],
        clients: planClients(clients, 1, 1),
        config,
        workDir: context.workDir,
        label: `heavy-${rows.length}`,
        // The burst starts as the measured window does (runLoad starts it 0.5 s + warm-up later).
        afterConnect: async () => {
          if (!burst) return
          const start = now() + 500 + config.timeline.warmupMs
          requests = sleep(start - now()).then(() => Promise.all(burst()))
        },
      })
      const done = await requests
      const row: HeavyRow = {
        label,
        load,
        ack: summarize(
          load.sent.filter((edit) => edit.ackAt !== null).map((edit) => edit.ackAt! - edit.sentAt),
          load.sent.filter((edit) => edit.ackAt === null).length,
        ),
        answers: countStatuses(done),
        requestMs: summarize(done.map((request) => request.ms)),
      }
      log(
        `  ack p50 ${row.ack.p50.toFixed(1)} p95 ${row.ack.p95.toFixed(1)} ms over ` +
          `${row.ack.count} saves; answers ${JSON.stringify(row.answers)}`,
      )
      rows.push(row)
    }
    return rows
  } finally {
    await server.stop()
  }
}

function postRaw(server: ServerHandle, path: string, body: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
}

async function post(server: ServerHandle, path: string, body: string) {
  const response = await postRaw(server, path, body)
  if (response.status !== 201) {
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as CreateBoardResponse
}

/** A request's status and the time until its whole answer was read. */
async function timed(send: () => Promise<Response>): Promise<{ status: number; ms: number }> {
  const started = now()
  try {
    const response = await send()
    await response.arrayBuffer()
    return { status: response.status, ms: now() - started }
  } catch {
    return { status: 0, ms: now() - started }
  }
}

function countStatuses(requests: readonly { status: number }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { status } of requests) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

const kib = (text: string) => Math.round(Buffer.byteLength(text) / 1024)
