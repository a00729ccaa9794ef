import path from 'node:path'
import type { BenchConfig } from '../config'
import { now } from '../clock'
import { ChildProcessHandle } from '../ipc'
import type { Arrival, ArrivalRequest } from '../clients/phoneArrivals'
import { planClients, runLoad } from '../clients/pool'
import type { ServerHandle } from '../servers/launch'
import { summarize, type Summary } from '../stats'
import { summarizeLoad, type PropagationRow } from './propagation'

// Issue #17, part 2: a room of phones opens the participant link and joins within ten seconds
// while a few people already on the board keep editing. Their edits are timed as in figure 1,
// once with the room arriving and once without (the quiet baseline), on the same server.

export interface RoomJoin {
  readonly phones: number
  readonly spreadMs: number
  readonly succeeded: number
  /** The first few reasons phones failed, with how many failed that way. */
  readonly failures: readonly { readonly reason: string; readonly count: number }[]
  /** Per phone: the page and its assets. */
  readonly http: Summary
  /** Per phone, median. */
  readonly httpBytes: number
  /** Per phone: socket opened → first sync complete. */
  readonly synced: Summary
  /** Per phone: arrival → roster entry stored. */
  readonly joined: Summary
  /** The editors' propagation while the room arrives, and without it. */
  readonly during: PropagationRow
  readonly quiet: PropagationRow
}

const ARRIVALS = new URL('../clients/phoneArrivals.ts', import.meta.url)

/** Phone processes: the room's phones are split between them, as load clients are. */
const ARRIVAL_PROCESSES = 2

/** Runs the quiet baseline, then the room's arrival, each on a fresh board of `server`. */
export async function measureRoomJoin(
  config: BenchConfig,
  server: ServerHandle,
  workDir: string,
  extraAssets: readonly string[],
): Promise<RoomJoin> {
  const { phones, spreadMs, present, editors } = config.phone
  // The measured window is the room's arrival, in both runs.
  const timed: BenchConfig = { ...config, timeline: { ...config.timeline, measureMs: spreadMs } }
  const clients = planClients(present, 1, editors / present)
  const quiet = await runLoad({
    server,
    boards: await server.createBoards(1),
    clients,
    config: timed,
    workDir,
    label: 'phone-room-quiet',
  })

  const processes = Array.from({ length: ARRIVAL_PROCESSES }, (_, index) =>
    ChildProcessHandle.start(`phones ${index}`, ARRIVALS, {
      logFile: path.join(workDir, `phone-room-arrivals-${index}.log`),
    }),
  )
  try {
    let arrivals: Promise<Arrival[][]> = Promise.resolve([])
    const boards = await server.createBoards(1)
    const during = await runLoad({
      server,
      boards,
      clients,
      config: timed,
      workDir,
      label: 'phone-room-arriving',
      afterConnect: async () => {
        // runLoad starts its measured window about 0.5 s + the warm-up after this returns.
        const from = now() + 500 + timed.timeline.warmupMs
        const timeoutMs = 30_000
        arrivals = Promise.all(
          processes.map((child, process) => {
            const request: ArrivalRequest = {
              port: server.port,
              board: boards[0],
              pagePath: `/b/${boards[0].name}`,
              extraAssets,
              phones: Array.from({ length: phones }, (_, index) => index)
                .filter((index) => index % processes.length === process)
                .map((index) => ({ index, at: from + (index / phones) * spreadMs })),
              timeoutMs,
            }
            return child.request<Arrival[]>('arrive', request, spreadMs + timeoutMs + 30_000)
          }),
        )
        // A failure is read after the run; this only keeps it from being unhandled meanwhile.
        arrivals.catch(() => undefined)
      },
    })
    const room = (await arrivals).flat()
    if (room.length === 0) throw new Error(during.abandoned ?? 'no phone arrived')
    const ok = room.filter((arrival) => arrival.failure === null)
    const reasons = new Map<string, number>()
    for (const arrival of room) {
      if (arrival.failure) reasons.set(arrival.failure, (reasons.get(arrival.failure) ?? 0) + 1)
    }
    const finite = (values: number[]) => values.filter(Number.isFinite)
    return {
      phones,
      spreadMs,
      succeeded: ok.length,
      failures: [...reasons].slice(0, 5).map(([reason, count]) => ({ reason, count })),
      http: summarize(finite(room.map((arrival) => arrival.httpMs))),
      httpBytes: summarize(ok.map((arrival) => arrival.httpBytes)).p50,
      synced: summarize(finite(room.map((arrival) => arrival.syncedMs))),
      joined: summarize(
        ok.map((arrival) => arrival.joinedMs),
        room.length - ok.length,
      ),
      during: summarizeLoad('coboard', present, false, during),
      quiet: summarizeLoad('coboard', present, false, quiet),
    }
  } finally {
    await Promise.all(processes.map((child) => child.stop('close', 10_000)))
  }
}
