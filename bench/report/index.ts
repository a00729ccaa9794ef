import type { TheyFramingCost } from '../scenarios/theyFramingCost'
import { renderDetector } from './detector'
import type { BenchConfig, Phase } from '../config'
import type { BrowserFigures } from '../scenarios/browser'
import type { CapacityRow } from '../scenarios/capacity'
import type { GrowthFigures } from '../scenarios/docGrowth'
import type { DurabilityRow } from '../scenarios/durability'
import type { HeavyRow } from '../scenarios/heavyRequests'
import type { HostileFigures } from '../scenarios/hostile'
import type { PhoneJoinFigures } from '../scenarios/phoneJoin'
import type { PropagationRow } from '../scenarios/propagation'
import { formatNumber } from '../stats'
import { renderBrowser } from './browser'
import { renderCapacity } from './capacity'
import { renderDurability } from './durability'
import { renderGrowth } from './growth'
import { renderHeavyRequests } from './heavyRequests'
import { renderHostile } from './hostile'
import { renderPhoneJoin } from './phoneJoin'
import { renderPropagation } from './propagation'

// Turns a run's figures into bench/results.md: the machine, the workload, one section per figure
// (report/*.ts) with every server side by side, the ratios, and each target with how far it was
// missed.

/** A phase's figures, or why it has none. */
export type PhaseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string }

export interface BenchResults {
  readonly config: BenchConfig
  readonly startedAt: Date
  readonly minutes: number
  readonly machine: Record<string, string>
  /** What raising the run's priority could not do. */
  readonly priorityProblems: readonly string[]
  readonly propagation: PhaseResult<PropagationRow[]> | null
  readonly capacity: PhaseResult<CapacityRow[]> | null
  readonly durability: PhaseResult<DurabilityRow[]> | null
  readonly growth: PhaseResult<GrowthFigures> | null
  readonly browser: PhaseResult<BrowserFigures> | null
  readonly heavy: PhaseResult<HeavyRow[]> | null
  readonly hostile: PhaseResult<HostileFigures> | null
  readonly phone: PhaseResult<PhoneJoinFigures> | null
  readonly detector: PhaseResult<TheyFramingCost> | null
}

/** Each phase's section heading, which a partial run's splice (splice.ts) matches on. */
export const SECTION_TITLES: Readonly<Record<Phase, string>> = {
  propagation: '1. Propagation latency',
  capacity: '2. Capacity',
  durability: '3. Durability',
  growth: '4. Document growth',
  browser: '5. Browser',
  heavy: '6. Heavy requests and everyone else',
  hostile: '7. Sockets that never read',
  phone: '8. Phone join',
  detector: '9. The they detector per keystroke',
}

export function renderReport(results: BenchResults): string {
  const { config } = results
  const lines: string[] = []
  const push = (...more: string[]) => lines.push(...more)
  push(
    '# Coboard benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${results.startedAt.toISOString()}, ` +
      `${config.quick ? 'quick smoke run (BENCH_QUICK=1: small scales, short windows, not for decisions)' : 'full run'}, ` +
      `${formatNumber(results.minutes)} minutes.`,
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    ...Object.entries(results.machine).map(([key, value]) => `| ${key} | ${value} |`),
    `| priority | nice ${config.nice} for the run and its autogroup${results.priorityProblems.length ? ` (not applied: ${results.priorityProblems.join('; ')})` : ''} |`,
    '',
    'Servers, load clients and the browser all run on this one machine. It is shared: other ' +
      "engineers' builds and tests run on the same two cores. Each run waits up to " +
      `${config.quietWaitMs / 1000} s for a quiet moment and records the CPU that processes ` +
      'outside the run used during its window ("others"), in % of one core. Linux shares CPU ' +
      'between sessions before nice values count, so the run raises its own autogroup priority ' +
      '(BENCH_NICE; 0 turns it off).',
    '',
    ...renderWorkload(config),
    ...section(SECTION_TITLES.propagation, results.propagation, (rows) =>
      renderPropagation(rows, config),
    ),
    ...section(SECTION_TITLES.capacity, results.capacity, renderCapacity),
    ...section(SECTION_TITLES.durability, results.durability, (rows) =>
      renderDurability(rows, config),
    ),
    ...section(SECTION_TITLES.growth, results.growth, renderGrowth),
    ...section(SECTION_TITLES.browser, results.browser, renderBrowser),
    ...section(SECTION_TITLES.heavy, results.heavy, renderHeavyRequests),
    ...section(SECTION_TITLES.hostile, results.hostile, renderHostile),
    ...section(SECTION_TITLES.phone, results.phone, (figures) => [
      ...partialRunNote(results),
      ...renderPhoneJoin(figures),
    ]),
    ...section(SECTION_TITLES.detector, results.detector, renderDetector),
    '## Reproduce',
    '',
    '```',
    'npm run bench                      # full run, writes bench/results.md',
    'BENCH_QUICK=1 npm run bench        # smoke run in a few minutes',
    'BENCH_SCALES=50,200 BENCH_SERVERS=coboard,hocuspocus BENCH_ONLY=propagation npm run bench',
    'BENCH_ONLY=hostile BENCH_OUT=hostile.md npm run bench   # figure 7 alone, about a minute',
    'BENCH_ONLY=phone npm run bench     # figure 8 alone, spliced into bench/results.md',
    'BENCH_ONLY=detector npm run bench  # figure 9 alone, in seconds',
    '```',
    '',
    'Other knobs: BENCH_MEASURE_MS, BENCH_CLIENT_PROCESSES, BENCH_ACTIVE_SHARE, BENCH_NICE, ' +
      'BENCH_QUIET_WAIT_MS, BENCH_BROWSER=0, BENCH_PHONES. A run of some phases only (BENCH_ONLY) ' +
      'replaces just their sections of an existing results file. Logs of every process are kept in the run folder printed at the start.',
    '',
  )
  return lines.join('\n')
}

/** A section spliced into an earlier report says when and how it was measured. */
function partialRunNote(results: BenchResults): string[] {
  if (results.config.phases.size === SECTION_COUNT) return []
  const load = results.machine['load average at start']
  return [
    `_Measured on its own (BENCH_ONLY) on ${results.startedAt.toISOString()}, ` +
      `${results.config.quick ? 'quick run' : 'full run'}, load average at start ${load}._`,
    '',
  ]
}

const SECTION_COUNT = Object.keys(SECTION_TITLES).length

function section<T>(
  title: string,
  result: PhaseResult<T> | null,
  render: (value: T) => string[],
): string[] {
  if (result === null) return [`## ${title}`, '', 'Not run (BENCH_ONLY).', '']
  if (!result.ok) return [`## ${title}`, '', `Not measured: ${result.reason}`, '']
  return [`## ${title}`, '', ...render(result.value), '']
}

function renderWorkload(config: BenchConfig): string[] {
  const { workload, timeline } = config
  return [
    '## Workload',
    '',
    `- ${Math.round(workload.activeShare * 100)} % of the clients are active: each makes one edit every ` +
      `${workload.editIntervalMs} ms and moves its cursor through awareness every ${workload.cursorIntervalMs} ms ` +
      '(5 per second). The others watch. Every client joins the roster once and sets its awareness `user` when it connects.',
    `- An edit is one transaction made with \`@coboard/shared\`: every ${workload.addEvery}th adds a note ` +
      "(`addNote`), the others move the client's latest note (`moveItem`, one write per drop) and relabel it " +
      '(`editText`). The label carries the send time, so receivers time it. The stock servers get the same ' +
      'operations, which are plain Yjs map and text writes.',
    '- Clients are the real providers: `HocuspocusProvider` over `HocuspocusProviderWebsocket` for A and B, ' +
      "y-websocket's `WebsocketProvider` for C (BroadcastChannel off, so clients in one process cannot " +
      'bypass the server), each with its own socket and `Y.Doc`, `ws` as the WebSocket. The Hocuspocus ' +
      "provider's two awareness re-emitters, which copy all N presence states into an array for UI " +
      'listeners on every awareness message, are detached (nothing listens; the bytes on the wire do not ' +
      'change; BENCH_PROVIDER_EVENTS=1 keeps them). Propagation is also run with lean watchers (see 1). ' +
      `Clients live in ${config.clientProcesses} load-client processes; every server runs in its own process.`,
    '- Server A is `createServer()` with everything on and its defaults, except the per-address ' +
      'connection cap (200), lifted because every simulated participant connects from 127.0.0.1. B is ' +
      '`new Server({ quiet, onAuthenticate: token check, extensions: [new SQLite({ database: file })] })` ' +
      'with the official `@hocuspocus/extension-sqlite` 4.7 as it comes (its own table, better-sqlite3 ' +
      'defaults: a rollback journal synced on commit). C is `@y/websocket-server` 0.1.1 as its bin sets it up.',
    `- Timeline per run: connect (${config.ramp.batch} per process every ${config.ramp.intervalMs} ms), ` +
      `${timeline.warmupMs / 1000} s warm-up, ${timeline.measureMs / 1000} s measured, load goes on ` +
      `${timeline.tailMs / 1000} s more, then ${timeline.settleMs / 1000} s for late deliveries. A delivery ` +
      `later than ${(timeline.tailMs + timeline.settleMs) / 1000} s after the window counts as missing, and ` +
      'percentiles rank it above every delivered one ("> N s").',
    '- Times are read on CLOCK_MONOTONIC (`process.hrtime`), which all processes of the machine share; ' +
      'each run checks every load-client process against it.',
    '',
  ]
}
