// Everything a run can be told through the environment. The defaults are the full run; the
// BENCH_QUICK smoke run shrinks every count and window so the whole pipeline runs in a few
// minutes. Every phase is bounded by these numbers, never by "until it is done".

/** The servers under comparison; each runs in its own process (see servers/). */
export type ServerKind = 'coboard' | 'hocuspocus' | 'ywebsocket'

export const SERVER_KINDS: readonly ServerKind[] = ['coboard', 'hocuspocus', 'ywebsocket']

/** How a server is named in the report. */
export const SERVER_LABELS: Readonly<Record<ServerKind, string>> = {
  coboard: 'A. Coboard',
  hocuspocus: 'B. Hocuspocus 4.7 + SQLite',
  ywebsocket: 'C. y-websocket',
}

/** The shared workload: who edits how often, who moves a cursor how often. */
export interface Workload {
  /** Share of clients that edit and move a cursor; the rest only watch. */
  readonly activeShare: number
  /** One edit (add or move a note) per active client per this many ms. */
  readonly editIntervalMs: number
  /** One awareness cursor update per active client per this many ms. */
  readonly cursorIntervalMs: number
  /** Every this-many-th edit adds a note; the others move the client's latest note. */
  readonly addEvery: number
}

/** The timeline of one measured run, after every client has connected. */
export interface Timeline {
  /** Load runs but nothing is recorded (connections settle, JIT warms up). */
  readonly warmupMs: number
  /** Edits sent in this window are the measured ones. */
  readonly measureMs: number
  /** Load goes on after the window, so the last measured edits travel under the same load. */
  readonly tailMs: number
  /** Quiet time after the load stops for the last deliveries; later ones count as missing. */
  readonly settleMs: number
}

export interface BenchConfig {
  readonly quick: boolean
  readonly servers: readonly ServerKind[]
  /** Clients on one board, for the propagation latency runs. */
  readonly scales: readonly number[]
  /** Scales run a second time with lean watchers (clients/watcher.ts) instead of providers. */
  readonly leanScales: readonly number[]
  readonly workload: Workload
  readonly timeline: Timeline
  /** Load-client processes per run; each holds a share of the clients. */
  readonly clientProcesses: number
  /** Connections each client process opens per ramp step, and the pause between steps. */
  readonly ramp: { readonly batch: number; readonly intervalMs: number }
  /** Longest a run may spend connecting before it is abandoned and reported as such. */
  readonly connectTimeoutMs: number
  readonly capacity: { readonly connections: number; readonly boards: number }
  readonly durability: { readonly clients: number; readonly pollMs: number }
  readonly growth: {
    readonly notes: number
    readonly moves: number
    readonly writers: number
    readonly naiveNotes: number
    readonly naiveStepsPerMove: number
  }
  readonly browser: {
    readonly enabled: boolean
    readonly openItems: number
    readonly dragNotes: number
    readonly dragFrames: number
    /** Issue #23: notes on the board typed on, others' cursors moving, keys typed. */
    readonly typingNotes: number
    readonly typingCursors: number
    readonly keystrokes: number
    /** The board whose opening is watched for long tasks. */
    readonly typingOpenNotes: number
  }
  /**
   * Scheduling priority of the run's processes and their autogroup (negative is higher; needs
   * root). Others' builds on this shared machine then delay the run less; 0 turns it off.
   */
  readonly nice: number
  /** Longest a run waits for the shared machine to go quiet before it starts anyway. */
  readonly quietWaitMs: number
  /** A server process whose resident memory passes this is stopped and its run abandoned. */
  readonly serverRssLimitBytes: number
  /** Which phases to run (BENCH_ONLY=propagation,capacity,…); all by default. */
  readonly phases: ReadonlySet<Phase>
  /** Heavy requests: notes on the board exported, in the file imported, and editors timed. */
  readonly heavy: {
    readonly exportNotes: number
    readonly importNotes: number
    readonly clients: number
  }
  /** Issue #17: phones joining on venue Wi-Fi. */
  readonly phone: {
    /** Cold opens of each device in the browser; the report takes the median. */
    readonly repetitions: number
    /** Phones that open the participant link and join, spread over `spreadMs`. */
    readonly phones: number
    readonly spreadMs: number
    /** Clients already on the board while the room joins; `editors` of them edit. */
    readonly present: number
    readonly editors: number
    /** The board newcomers sync, one after another, with and without permessage-deflate. */
    readonly largeBoardNotes: number
    readonly newcomers: number
    /** Providers on one board for the small-edit propagation with and without deflate. */
    readonly deflateClients: number
  }
}

export type Phase =
  | 'propagation'
  | 'capacity'
  | 'durability'
  | 'growth'
  | 'browser'
  | 'heavy'
  | 'hostile'
  | 'phone'
  | 'detector'

const PHASES: readonly Phase[] = [
  'propagation',
  'capacity',
  'durability',
  'growth',
  'browser',
  'heavy',
  'hostile',
  'phone',
  'detector',
]

/** Reads BENCH_* variables; throws with the variable's name when one cannot be used. */
export function readBenchConfig(env: Record<string, string | undefined>): BenchConfig {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true'
  const servers = readList(env, 'BENCH_SERVERS', SERVER_KINDS) as ServerKind[]
  const phases = readList(env, 'BENCH_ONLY', PHASES) as Phase[]
  return {
    quick,
    servers,
    scales: readNumbers(env, 'BENCH_SCALES', quick ? [20, 50] : [50, 200, 500]),
    leanScales:
      env.BENCH_LEAN_SCALES === '0'
        ? []
        : readNumbers(env, 'BENCH_LEAN_SCALES', quick ? [50] : [200, 500]),
    workload: {
      activeShare: readNumber(env, 'BENCH_ACTIVE_SHARE', 0.1),
      editIntervalMs: 1000,
      cursorIntervalMs: 200,
      addEvery: 5,
    },
    timeline: quick
      ? { warmupMs: 1500, measureMs: 5000, tailMs: 1000, settleMs: 2000 }
      : {
          warmupMs: 2000,
          measureMs: readNumber(env, 'BENCH_MEASURE_MS', 10_000),
          tailMs: 1000,
          settleMs: 2500,
        },
    clientProcesses: readNumber(env, 'BENCH_CLIENT_PROCESSES', quick ? 2 : 4),
    ramp: { batch: 10, intervalMs: 50 },
    connectTimeoutMs: quick ? 30_000 : 45_000,
    capacity: quick ? { connections: 200, boards: 20 } : { connections: 1000, boards: 100 },
    durability: { clients: quick ? 20 : 50, pollMs: 2 },
    growth: quick
      ? { notes: 200, moves: 20, writers: 5, naiveNotes: 20, naiveStepsPerMove: 20 }
      : { notes: 1000, moves: 100, writers: 10, naiveNotes: 50, naiveStepsPerMove: 20 },
    browser: {
      enabled: env.BENCH_BROWSER !== '0',
      openItems: quick ? 1000 : 5000,
      dragNotes: quick ? 300 : 1000,
      dragFrames: quick ? 60 : 180,
      typingNotes: 300,
      typingCursors: 20,
      keystrokes: quick ? 40 : 80,
      typingOpenNotes: 500,
    },
    nice: readInteger(env, 'BENCH_NICE', -10),
    quietWaitMs: readNumber(env, 'BENCH_QUIET_WAIT_MS', 3000),
    serverRssLimitBytes: 6 * 1024 ** 3,
    phases: new Set(phases),
    heavy: quick
      ? { exportNotes: 1000, importNotes: 2000, clients: 10 }
      : { exportNotes: 5000, importNotes: 10_000, clients: 20 },
    phone: {
      repetitions: quick ? 1 : 3,
      phones: readNumber(env, 'BENCH_PHONES', quick ? 30 : 150),
      spreadMs: 10_000,
      present: 10,
      editors: 5,
      largeBoardNotes: 1000,
      newcomers: quick ? 10 : 40,
      deflateClients: quick ? 50 : 200,
    },
  }
}

function readList(
  env: Record<string, string | undefined>,
  name: string,
  allowed: readonly string[],
): string[] {
  const raw = env[name]
  if (!raw) return [...allowed]
  const values = raw.split(',').map((value) => value.trim())
  const unknown = values.filter((value) => !allowed.includes(value))
  if (unknown.length > 0) {
    throw new Error(`${name}: unknown ${unknown.join(', ')}; choose from ${allowed.join(', ')}`)
  }
  return values
}

function readNumbers(
  env: Record<string, string | undefined>,
  name: string,
  fallback: readonly number[],
): number[] {
  const raw = env[name]
  if (!raw) return [...fallback]
  const values = raw.split(',').map(Number)
  if (values.some((value) => !Number.isInteger(value) || value < 2 || value > 2000)) {
    throw new Error(`${name}: expected whole numbers from 2 to 2000, like 50,200`)
  }
  return values
}

function readNumber(env: Record<string, string | undefined>, name: string, fallback: number) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: expected a positive number`)
  return value
}

function readInteger(env: Record<string, string | undefined>, name: string, fallback: number) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < -20 || value > 19) {
    throw new Error(`${name}: expected a whole number from -20 to 19`)
  }
  return value
}
